package io.commitments.core.partnership;

import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.Require;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.contest.ContestCommitmentRecordCommand;
import io.commitments.core.api.contest.ContestNoteAttachedEvent;
import io.commitments.core.api.contest.ContestNoteId;
import io.commitments.core.api.contest.ContestedRecord;
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
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.core.api.purpose.EndorsePurposeCommand;
import io.commitments.core.api.purpose.OutcomeId;
import io.commitments.core.api.purpose.ProposePurposeCommand;
import io.commitments.core.api.purpose.PurposeAdoptedEvent;
import io.commitments.core.api.purpose.PurposeEndorsedEvent;
import io.commitments.core.api.purpose.PurposeOutcome;
import io.commitments.core.api.purpose.PurposeProposedEvent;
import io.commitments.core.membership.MembershipRegistry;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
 * <p>
 * Shared purpose ({@link SharedPurpose}): a member organisation or a coordinator proposes a version (a
 * statement with outcomes); each current member endorses it; the endorsement that completes the set adopts it
 * ({@link PurposeAdoptedEvent}), superseding every older version. A revision is a new version endorsed the
 * same way. A member joining later endorses the adopted version (and any pending one). When a member
 * withdraws, the newest pending version that every remaining member has endorsed is adopted in the same
 * command: the withdrawing organisation was the only one missing, and waiting for nobody would leave the
 * partnership without the purpose all its members agreed.
 * <p>
 * Contests of commitment records: a member organisation attaches a note to an event of a commitment's
 * history here, on the partnership, so that the commitment's own history stays untouched; auditors find it
 * in the partnership's history.
 */
@Aggregate
public class Partnership {

    @AggregateIdentifier
    private PartnershipId partnershipId;
    private final Set<OrganisationId> members = new HashSet<>();
    private final Set<OrganisationId> formerMembers = new HashSet<>();
    private final Set<PersonId> coordinators = new HashSet<>();
    private final SharedPurpose purpose = new SharedPurpose();
    private final Set<ContestNoteId> contestNotes = new HashSet<>();

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
        purpose.newestPendingEndorsedByAll(members).ifPresent(version -> adopt(version, command.actor()));
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

    @CommandHandler
    int handle(ProposePurposeCommand command) {
        String statement = Require.text("statement", command.statement());
        List<PurposeOutcome> outcomes = outcomes(command.outcomes());
        Actor actor = Require.present("actor", command.actor());
        boolean member = actor.organisation() != null && members.contains(actor.organisation());
        if (!member && !coordinators.contains(actor.person())) {
            throw PartnershipViolations.proposerNotAMember(partnershipId, actor);
        }
        int version = purpose.nextVersion();
        apply(new PurposeProposedEvent(partnershipId, version, statement, outcomes, actor));
        return version;
    }

    @CommandHandler
    void handle(EndorsePurposeCommand command) {
        Actor actor = Require.present("actor", command.actor());
        int version = command.version();
        if (!purpose.exists(version)) {
            throw PartnershipViolations.unknownPurposeVersion(partnershipId, version);
        }
        OrganisationId organisation = actor.organisation();
        if (organisation == null || !members.contains(organisation)) {
            throw PartnershipViolations.endorserNotAMember(partnershipId, actor);
        }
        if (purpose.status(version) == SharedPurpose.Status.SUPERSEDED) {
            throw PartnershipViolations.purposeVersionSuperseded(partnershipId, version, purpose.adoptedVersion());
        }
        if (purpose.endorsedBy(version, organisation)) {
            return;
        }
        apply(new PurposeEndorsedEvent(partnershipId, version, organisation, actor));
        if (purpose.status(version) == SharedPurpose.Status.PENDING && purpose.endorsedByAll(version, members)) {
            adopt(version, actor);
        }
    }

    @CommandHandler
    void handle(ContestCommitmentRecordCommand command) {
        ContestNoteId noteId = Require.present("noteId", command.noteId());
        CommitmentId commitmentId = Require.present("commitmentId", command.commitmentId());
        String eventIdentifier = Require.name("eventIdentifier", command.eventIdentifier());
        String note = Require.text("note", command.note());
        Actor actor = Require.present("actor", command.actor());
        OrganisationId organisation = actor.organisation();
        if (organisation == null || !members.contains(organisation)) {
            throw PartnershipViolations.contestantNotAMember(partnershipId, actor);
        }
        if (contestNotes.contains(noteId)) {
            return;
        }
        apply(new ContestNoteAttachedEvent(partnershipId, noteId,
                ContestedRecord.commitmentEvent(commitmentId, eventIdentifier), organisation, note, actor));
    }

    private void adopt(int version, Actor actor) {
        apply(new PurposeAdoptedEvent(partnershipId, version, purpose.adoptedVersion(), purpose.endorsers(version),
                actor));
    }

    private static List<PurposeOutcome> outcomes(List<PurposeOutcome> outcomes) {
        if (outcomes == null || outcomes.isEmpty()) {
            throw new InvalidCommandException("outcomes", "a purpose needs at least one outcome");
        }
        Set<OutcomeId> seen = new LinkedHashSet<>();
        List<PurposeOutcome> checked = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            PurposeOutcome outcome = Require.present("outcomes[" + i + "]", outcomes.get(i));
            OutcomeId id = Require.present("outcomes[" + i + "].outcomeId", outcome.outcomeId());
            String text = Require.text("outcomes[" + i + "].text", outcome.text());
            if (!seen.add(id)) {
                throw new InvalidCommandException("outcomes[" + i + "].outcomeId",
                        "outcome " + id + " appears twice in this version");
            }
            checked.add(new PurposeOutcome(id, text));
        }
        return List.copyOf(checked);
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
        purpose.withdrawn(event.organisationId());
    }

    @EventSourcingHandler
    void on(CoordinatorAppointedEvent event) {
        coordinators.add(event.personId());
    }

    @EventSourcingHandler
    void on(PurposeProposedEvent event) {
        purpose.proposed(event.version());
    }

    @EventSourcingHandler
    void on(PurposeEndorsedEvent event) {
        purpose.endorsed(event.version(), event.organisationId());
    }

    @EventSourcingHandler
    void on(PurposeAdoptedEvent event) {
        purpose.adopted(event.version());
    }

    @EventSourcingHandler
    void on(ContestNoteAttachedEvent event) {
        contestNotes.add(event.noteId());
    }
}
