package io.commitments.core.partnership;

import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.Require;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.partnership.AppointCoordinatorCommand;
import io.commitments.core.api.partnership.CoordinatorAppointedEvent;
import io.commitments.core.api.partnership.JoinPartnershipCommand;
import io.commitments.core.api.partnership.OpenCommitmentsException;
import io.commitments.core.api.partnership.OrganisationJoinedPartnershipEvent;
import io.commitments.core.api.partnership.OrganisationWithdrewFromPartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.PartnershipRegisteredEvent;
import io.commitments.core.api.partnership.RegisterPartnershipCommand;
import io.commitments.core.api.partnership.WithdrawFromPartnershipCommand;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.core.membership.MembershipRegistry;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A partnership of member organisations: its decision rule, quorum, members and coordinators.
 * <p>
 * Membership: organisations join, and withdraw with a reason; a withdrawn organisation may join again (a new
 * membership; the old one stays in the history). No abdication: withdrawal is refused with
 * {@link OpenCommitmentsException} while the organisation performs open commitments in the partnership, as
 * the injected {@link MembershipRegistry} reports them (it also serialises that check with concurrent
 * promises). Who may administer a partnership (the {@code ADMIN} role) is checked by the application; the
 * commands here record the actor. Joining as a current member, appointing a current coordinator, and
 * withdrawing an organisation that has already withdrawn change nothing, so that a resent command is harmless.
 */
@Aggregate
public class Partnership {

    @AggregateIdentifier
    private PartnershipId partnershipId;
    private final Set<OrganisationId> members = new HashSet<>();
    private final Set<OrganisationId> formerMembers = new HashSet<>();
    private final Set<PersonId> coordinators = new HashSet<>();

    protected Partnership() {
    }

    @CommandHandler
    public Partnership(RegisterPartnershipCommand command) {
        String name = Require.name("name", command.name());
        Require.present("decisionRule", command.decisionRule());
        if (command.quorum() < 1) {
            throw new InvalidCommandException("quorum", "quorum must be at least 1 member present");
        }
        apply(new PartnershipRegisteredEvent(command.partnershipId(), name, command.decisionRule(),
                command.quorum()));
    }

    @CommandHandler
    void handle(JoinPartnershipCommand command) {
        OrganisationId organisation = Require.present("organisationId", command.organisationId());
        Require.present("actor", command.actor());
        if (members.contains(organisation)) {
            return;
        }
        apply(new OrganisationJoinedPartnershipEvent(partnershipId, organisation, command.actor()));
    }

    @CommandHandler
    void handle(WithdrawFromPartnershipCommand command, MembershipRegistry registry) {
        OrganisationId organisation = Require.present("organisationId", command.organisationId());
        String reason = Require.text("reason", command.reason());
        Require.present("actor", command.actor());
        if (!members.contains(organisation)) {
            if (formerMembers.contains(organisation)) {
                return;
            }
            throw PartnershipViolations.notAMember(partnershipId, organisation);
        }
        List<CommitmentId> open = registry.openCommitmentsPerformedBy(partnershipId, organisation);
        if (!open.isEmpty()) {
            throw new OpenCommitmentsException(partnershipId, organisation, open);
        }
        apply(new OrganisationWithdrewFromPartnershipEvent(partnershipId, organisation, reason, command.actor()));
    }

    @CommandHandler
    void handle(AppointCoordinatorCommand command) {
        PersonId person = Require.present("personId", command.personId());
        Require.present("actor", command.actor());
        if (coordinators.contains(person)) {
            return;
        }
        apply(new CoordinatorAppointedEvent(partnershipId, person, command.actor()));
    }

    @EventSourcingHandler
    void on(PartnershipRegisteredEvent event) {
        this.partnershipId = event.partnershipId();
    }

    @EventSourcingHandler
    void on(OrganisationJoinedPartnershipEvent event) {
        members.add(event.organisationId());
        formerMembers.remove(event.organisationId());
    }

    @EventSourcingHandler
    void on(OrganisationWithdrewFromPartnershipEvent event) {
        members.remove(event.organisationId());
        formerMembers.add(event.organisationId());
    }

    @EventSourcingHandler
    void on(CoordinatorAppointedEvent event) {
        coordinators.add(event.personId());
    }
}
