package io.commitments.web;

import io.commitments.core.api.NotPermittedException;
import io.commitments.core.api.Require;
import io.commitments.core.api.partnership.AppointCoordinatorCommand;
import io.commitments.core.api.partnership.JoinPartnershipCommand;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.WithdrawFromPartnershipCommand;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.core.api.person.Role;
import io.commitments.security.AuthenticatedPerson;
import io.commitments.security.CurrentActor;
import io.commitments.security.PersonAccounts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * Who belongs to a partnership: administrators admit member organisations and appoint coordinators; a
 * member organisation withdraws (its own people, or an administrator for it), which the partnership refuses
 * with 409 and the list of its open commitments until each is handed over, withdrawn or released.
 */
@RestController
@RequestMapping("/api/partnerships/{partnershipId}")
class MembershipController {

    record JoinRequest(@NotNull UUID organisationId) {
    }

    record WithdrawRequest(@NotBlank @Size(max = Require.MAX_TEXT_LENGTH) String reason) {
    }

    record AppointCoordinatorRequest(@NotNull UUID personId) {
    }

    /** A membership as a command left it: {@code member} is false once the organisation has withdrawn. */
    record MembershipResponse(PartnershipId partnershipId, OrganisationId organisationId, boolean member) {
    }

    record CoordinatorResponse(PartnershipId partnershipId, PersonId personId, boolean coordinator) {
    }

    private final CommandSender commands;
    private final CurrentActor current;
    private final GovernanceLookups lookups;
    private final PersonAccounts people;

    MembershipController(CommandSender commands, CurrentActor current, GovernanceLookups lookups,
                         PersonAccounts people) {
        this.commands = commands;
        this.current = current;
        this.lookups = lookups;
        this.people = people;
    }

    @PostMapping("/members")
    MembershipResponse join(@PathVariable UUID partnershipId, @Valid @RequestBody JoinRequest request) {
        PartnershipId partnership = PartnershipId.of(partnershipId);
        OrganisationId organisation = OrganisationId.of(request.organisationId());
        lookups.partnership(partnership);
        lookups.organisation(organisation);
        commands.send(new JoinPartnershipCommand(partnership, organisation, current.actor()));
        return new MembershipResponse(partnership, organisation, true);
    }

    @PostMapping("/members/{organisationId}/withdraw")
    MembershipResponse withdraw(@PathVariable UUID partnershipId, @PathVariable UUID organisationId,
                                @Valid @RequestBody WithdrawRequest request) {
        PartnershipId partnership = PartnershipId.of(partnershipId);
        OrganisationId organisation = OrganisationId.of(organisationId);
        AuthenticatedPerson person = current.person();
        boolean forOwnOrganisation = person.hasRole(Role.MEMBER) && person.actor().actsFor(organisation);
        if (!person.hasRole(Role.ADMIN) && !forOwnOrganisation) {
            throw new NotPermittedException("partnership.withdraw-not-permitted",
                    "only an administrator or a member acting for organisation " + organisation
                            + " may withdraw it from partnership " + partnership);
        }
        lookups.partnership(partnership);
        commands.send(new WithdrawFromPartnershipCommand(partnership, organisation, request.reason(), current.actor()));
        return new MembershipResponse(partnership, organisation, false);
    }

    @PostMapping("/coordinators")
    CoordinatorResponse appoint(@PathVariable UUID partnershipId, @Valid @RequestBody AppointCoordinatorRequest request) {
        PartnershipId partnership = PartnershipId.of(partnershipId);
        PersonId person = PersonId.of(request.personId());
        lookups.partnership(partnership);
        if (!people.exists(person)) {
            throw new NotFoundException("person.not-found", "no person " + person);
        }
        commands.send(new AppointCoordinatorCommand(partnership, person, current.actor()));
        return new CoordinatorResponse(partnership, person, true);
    }
}
