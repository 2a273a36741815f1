package io.commitments.core.decision;

import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.Require;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.contest.ContestDecisionCommand;
import io.commitments.core.api.contest.ContestNoteAttachedEvent;
import io.commitments.core.api.contest.ContestNoteId;
import io.commitments.core.api.contest.ContestedRecord;
import io.commitments.core.api.decision.DecisionActionRecordedEvent;
import io.commitments.core.api.decision.DecisionId;
import io.commitments.core.api.decision.DecisionRecordedEvent;
import io.commitments.core.api.decision.DecisionRescindedEvent;
import io.commitments.core.api.decision.RecordDecisionActionCommand;
import io.commitments.core.api.decision.RescindDecisionCommand;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.membership.MembershipRegistry;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A decision adopted in a meeting. It is never edited: while in force it records its actions (commitments
 * requested of members); it is rescinded, or superseded by a later decision, with a reason.
 * <p>
 * How it comes to exist: the meeting's {@code CloseProposalCommand} handler, having applied the adopting
 * {@code ProposalClosedEvent}, spawns it with {@code AggregateLifecycle.createNew(Decision.class, ...)} and
 * {@link #record(DecisionRecordedEvent)}. One command, one unit of work, one transaction: a decision exists
 * exactly when a proposal was adopted, with the positions the meeting saw, and there is no second command
 * (or process) that could fail, be forgotten, or be sent for a proposal that was never adopted.
 * <p>
 * Coordinators of the partnership (asked of the {@link MembershipRegistry}) record actions and rescind. Any
 * member organisation may attach a contest note to it, in force or not; the record itself stays as it was.
 */
@Aggregate
public class Decision {

    /** Whether a decision still binds the partnership. */
    enum State { IN_FORCE, RESCINDED }

    @AggregateIdentifier
    private DecisionId decisionId;
    private PartnershipId partnershipId;
    private State state;
    private final Set<CommitmentId> actions = new HashSet<>();
    private final Set<ContestNoteId> contestNotes = new HashSet<>();

    protected Decision() {
    }

    private Decision(DecisionRecordedEvent adopted) {
        apply(adopted);
    }

    /** The decision an adopted proposal brings into force; called by the meeting inside {@code createNew}. */
    public static Decision record(DecisionRecordedEvent adopted) {
        return new Decision(adopted);
    }

    @CommandHandler
    void handle(RecordDecisionActionCommand command, MembershipRegistry registry) {
        CommitmentId commitmentId = Require.present("commitmentId", command.commitmentId());
        OrganisationId performer = Require.present("performerOrganisationId", command.performerOrganisationId());
        String description = Require.text("description", command.description());
        LocalDate dueDate = Require.present("dueDate", command.dueDate());
        String conditions = command.conditionsOfSatisfaction() == null
                || command.conditionsOfSatisfaction().isBlank()
                ? null : Require.text("conditionsOfSatisfaction", command.conditionsOfSatisfaction());
        Actor actor = Require.present("actor", command.actor());
        requireCoordinator(registry, actor, "record an action of decision " + decisionId);
        if (actions.contains(commitmentId)) {
            return;
        }
        if (state != State.IN_FORCE) {
            throw DecisionViolations.notInForce(decisionId, "record an action", state);
        }
        if (!registry.isMember(partnershipId, performer)) {
            throw DecisionViolations.performerNotAMember(decisionId, partnershipId, performer);
        }
        apply(new DecisionActionRecordedEvent(decisionId, partnershipId, commitmentId, performer, description,
                dueDate, conditions, actor));
    }

    @CommandHandler
    void handle(RescindDecisionCommand command, MembershipRegistry registry) {
        String reason = Require.text("reason", command.reason());
        if (decisionId.equals(command.supersededBy())) {
            throw new InvalidCommandException("supersededBy", "a decision cannot supersede itself");
        }
        Actor actor = Require.present("actor", command.actor());
        requireCoordinator(registry, actor, "rescind decision " + decisionId);
        if (state != State.IN_FORCE) {
            throw DecisionViolations.notInForce(decisionId, "be rescinded", state);
        }
        apply(new DecisionRescindedEvent(decisionId, partnershipId, reason, command.supersededBy(), actor));
    }

    @CommandHandler
    void handle(ContestDecisionCommand command, MembershipRegistry registry) {
        ContestNoteId noteId = Require.present("noteId", command.noteId());
        String note = Require.text("note", command.note());
        Actor actor = Require.present("actor", command.actor());
        OrganisationId organisation = actor.organisation();
        if (organisation == null || !registry.isMember(partnershipId, organisation)) {
            throw DecisionViolations.contestantNotAMember(decisionId, actor);
        }
        if (contestNotes.contains(noteId)) {
            return;
        }
        apply(new ContestNoteAttachedEvent(partnershipId, noteId, ContestedRecord.decision(decisionId), organisation,
                note, actor));
    }

    @EventSourcingHandler
    void on(DecisionRecordedEvent event) {
        this.decisionId = event.decisionId();
        this.partnershipId = event.partnershipId();
        this.state = State.IN_FORCE;
    }

    @EventSourcingHandler
    void on(DecisionActionRecordedEvent event) {
        actions.add(event.commitmentId());
    }

    @EventSourcingHandler
    void on(DecisionRescindedEvent event) {
        this.state = State.RESCINDED;
    }

    @EventSourcingHandler
    void on(ContestNoteAttachedEvent event) {
        contestNotes.add(event.noteId());
    }

    private void requireCoordinator(MembershipRegistry registry, Actor actor, String action) {
        if (!registry.isCoordinator(partnershipId, actor.person())) {
            throw DecisionViolations.coordinatorOnly(partnershipId, actor, action);
        }
    }
}
