package io.commitments.core.commitment;

import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.NotPermittedException;
import io.commitments.core.api.Require;
import io.commitments.core.api.RuleViolationException;
import io.commitments.core.api.commitment.AcceptCounterOfferCommand;
import io.commitments.core.api.commitment.AcceptHandOverCommand;
import io.commitments.core.api.commitment.AcceptOfferCommand;
import io.commitments.core.api.commitment.AcceptRenegotiationCommand;
import io.commitments.core.api.commitment.CommitmentCompletionReportedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferAcceptedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferCounteredEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferRejectedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferedEvent;
import io.commitments.core.api.commitment.CommitmentDeclinedEvent;
import io.commitments.core.api.commitment.CommitmentHandOverAcceptedEvent;
import io.commitments.core.api.commitment.CommitmentHandOverProposedEvent;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.CommitmentKeptEvent;
import io.commitments.core.api.commitment.CommitmentOfferAcceptedEvent;
import io.commitments.core.api.commitment.CommitmentOfferedEvent;
import io.commitments.core.api.commitment.CommitmentOverdueEvent;
import io.commitments.core.api.commitment.CommitmentProgressReportedEvent;
import io.commitments.core.api.commitment.CommitmentPromisedEvent;
import io.commitments.core.api.commitment.CommitmentReleasedEvent;
import io.commitments.core.api.commitment.CommitmentRenegotiatedEvent;
import io.commitments.core.api.commitment.CommitmentRenegotiationProposedEvent;
import io.commitments.core.api.commitment.CommitmentRequestedEvent;
import io.commitments.core.api.commitment.CommitmentSatisfactionDeniedEvent;
import io.commitments.core.api.commitment.CommitmentSide;
import io.commitments.core.api.commitment.CommitmentState;
import io.commitments.core.api.commitment.CommitmentWithdrawnEvent;
import io.commitments.core.api.commitment.CounterOfferCommand;
import io.commitments.core.api.commitment.CounterTheCounterOfferCommand;
import io.commitments.core.api.commitment.DeclareNotSatisfiedCommand;
import io.commitments.core.api.commitment.DeclareSatisfiedCommand;
import io.commitments.core.api.commitment.DeclineCommitmentCommand;
import io.commitments.core.api.commitment.HandOverCommitmentCommand;
import io.commitments.core.api.commitment.OfferCommitmentCommand;
import io.commitments.core.api.commitment.PromiseCommitmentCommand;
import io.commitments.core.api.commitment.ProposeRenegotiationCommand;
import io.commitments.core.api.commitment.RejectCounterOfferCommand;
import io.commitments.core.api.commitment.ReleaseCommitmentCommand;
import io.commitments.core.api.commitment.ReportCompletionCommand;
import io.commitments.core.api.commitment.ReportProgressCommand;
import io.commitments.core.api.commitment.RequestCommitmentCommand;
import io.commitments.core.api.commitment.Requester;
import io.commitments.core.api.commitment.WithdrawCommitmentCommand;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.membership.MembershipRegistry;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import static io.commitments.core.api.commitment.CommitmentState.COMPLETION_REPORTED;
import static io.commitments.core.api.commitment.CommitmentState.COUNTERED;
import static io.commitments.core.api.commitment.CommitmentState.DECLINED;
import static io.commitments.core.api.commitment.CommitmentState.KEPT;
import static io.commitments.core.api.commitment.CommitmentState.OFFERED;
import static io.commitments.core.api.commitment.CommitmentState.PROMISED;
import static io.commitments.core.api.commitment.CommitmentState.RELEASED;
import static io.commitments.core.api.commitment.CommitmentState.REQUESTED;
import static io.commitments.core.api.commitment.CommitmentState.WITHDRAWN;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A commitment: a conversation for action between a requester (a member organisation, or the partnership
 * itself through a decision or as the recipient of an offer) and a performing member organisation.
 * <p>
 * Only the performer's side promises, declines, counters, reports, withdraws and hands over; only the
 * requester's side accepts, declares (not) satisfied, releases and counters a counter-offer. Each command is
 * checked in this order: its input ({@link InvalidCommandException}), the actor's side
 * ({@link NotPermittedException}), then the current state ({@link RuleViolationException}, codes in
 * {@link CommitmentRules}). Nothing is applied when a check fails.
 * <p>
 * While promised (or completion reported) the commitment holds an {@link OverdueDeadline} at the end of its
 * due date and records {@link CommitmentOverdueEvent} by itself, at most once per due date.
 * <p>
 * Resent commands that find nothing to do are accepted silently: promising what the same performer already
 * promised, declaring satisfied what is already kept, and taking over what the actor's organisation already
 * performs. Every other repeat is refused, since it would either change something or hide a mistake.
 */
@Aggregate
public class Commitment {

    @AggregateIdentifier
    private CommitmentId commitmentId;
    private PartnershipId partnershipId;
    private CommitmentState state;
    private Requester requester;
    private OrganisationId performer;
    private OrganisationId previousPerformer;
    private LocalDate dueDate;
    private LocalDate counteredDueDate;
    private CommitmentSide renegotiationProposedBy;
    private LocalDate renegotiatedDueDate;
    private OrganisationId handOverTo;
    private boolean overdue;

    protected Commitment() {
    }

    @CommandHandler
    public Commitment(RequestCommitmentCommand command, MembershipRegistry registry, DueDates dueDates) {
        Actor actor = Require.present("actor", command.actor());
        PartnershipId partnership = Require.present("partnershipId", command.partnershipId());
        Requester asking = Require.present("requester", command.requester());
        OrganisationId performing = Require.present("performer", command.performer());
        String description = Require.text("description", command.description());
        LocalDate due = requireDueDate(command.dueDate(), dueDates);
        if (performing.equals(asking.organisation())) {
            throw new InvalidCommandException("performer", "an organisation cannot request a commitment of itself");
        }
        if (!speaksFor(asking, partnership, actor, registry)) {
            throw new NotPermittedException(CommitmentRules.NOT_REQUESTER,
                    "only the requesting organisation's people, or the partnership's coordinators for the"
                            + " partnership or its decisions, may request commitment " + command.commitmentId());
        }
        if (!asking.isPartnership() && !registry.isMember(partnership, asking.organisation())) {
            throw new RuleViolationException(CommitmentRules.REQUESTER_NOT_MEMBER,
                    CommitmentRules.notMemberMessage("requester", asking.organisation()));
        }
        requireMember(registry, partnership, performing, "performer", CommitmentRules.PERFORMER_NOT_MEMBER);
        apply(new CommitmentRequestedEvent(command.commitmentId(), partnership, asking, performing, description, due,
                optional("conditionsOfSatisfaction", command.conditionsOfSatisfaction()),
                optional("outcome", command.outcome()), actor));
    }

    @CommandHandler
    public Commitment(OfferCommitmentCommand command, MembershipRegistry registry, DueDates dueDates) {
        Actor actor = Require.present("actor", command.actor());
        PartnershipId partnership = Require.present("partnershipId", command.partnershipId());
        OrganisationId performing = Require.present("performer", command.performer());
        String description = Require.text("description", command.description());
        LocalDate due = requireDueDate(command.dueDate(), dueDates);
        if (!actor.actsFor(performing)) {
            throw new NotPermittedException(CommitmentRules.NOT_PERFORMER,
                    "only the offering organisation's people may offer commitment " + command.commitmentId());
        }
        requireMember(registry, partnership, performing, "performer", CommitmentRules.PERFORMER_NOT_MEMBER);
        apply(new CommitmentOfferedEvent(command.commitmentId(), partnership, performing, description, due,
                optional("conditionsOfSatisfaction", command.conditionsOfSatisfaction()),
                optional("outcome", command.outcome()), actor));
    }

    @CommandHandler
    void handle(AcceptOfferCommand command, MembershipRegistry registry, DueDates dueDates,
                DeadlineManager deadlines) {
        Actor actor = requesterSide(CommitmentAction.ACCEPT_OFFER, command.actor(), registry);
        requireState(CommitmentAction.ACCEPT_OFFER);
        apply(new CommitmentOfferAcceptedEvent(commitmentId, partnershipId, performer, dueDate, actor));
        scheduleOverdue(deadlines, dueDates, dueDate);
    }

    @CommandHandler
    void handle(PromiseCommitmentCommand command, DueDates dueDates, DeadlineManager deadlines) {
        Actor actor = performerSide(CommitmentAction.PROMISE, command.actor());
        if (state == PROMISED) {
            return;
        }
        requireState(CommitmentAction.PROMISE);
        apply(new CommitmentPromisedEvent(commitmentId, partnershipId, performer, dueDate, actor));
        scheduleOverdue(deadlines, dueDates, dueDate);
    }

    @CommandHandler
    void handle(DeclineCommitmentCommand command) {
        String reason = Require.text("reason", command.reason());
        Actor actor = performerSide(CommitmentAction.DECLINE, command.actor());
        requireState(CommitmentAction.DECLINE);
        apply(new CommitmentDeclinedEvent(commitmentId, partnershipId, requester, performer, dueDate, reason, actor));
    }

    @CommandHandler
    void handle(CounterOfferCommand command, DueDates dueDates) {
        LocalDate proposed = requireDueDate(command.dueDate(), dueDates);
        String note = Require.text("note", command.note());
        Actor actor = performerSide(CommitmentAction.COUNTER_OFFER, command.actor());
        requireState(CommitmentAction.COUNTER_OFFER);
        apply(new CommitmentCounterOfferedEvent(commitmentId, partnershipId, performer, proposed, note, actor));
    }

    @CommandHandler
    void handle(AcceptCounterOfferCommand command, MembershipRegistry registry, DueDates dueDates,
                DeadlineManager deadlines) {
        Actor actor = requesterSide(CommitmentAction.ACCEPT_COUNTER_OFFER, command.actor(), registry);
        requireState(CommitmentAction.ACCEPT_COUNTER_OFFER);
        LocalDate agreed = counteredDueDate;
        apply(new CommitmentCounterOfferAcceptedEvent(commitmentId, partnershipId, performer, agreed, actor));
        scheduleOverdue(deadlines, dueDates, agreed);
    }

    @CommandHandler
    void handle(RejectCounterOfferCommand command, MembershipRegistry registry) {
        String reason = Require.text("reason", command.reason());
        Actor actor = requesterSide(CommitmentAction.REJECT_COUNTER_OFFER, command.actor(), registry);
        requireState(CommitmentAction.REJECT_COUNTER_OFFER);
        apply(new CommitmentCounterOfferRejectedEvent(commitmentId, partnershipId, requester, performer, dueDate,
                reason, actor));
    }

    @CommandHandler
    void handle(CounterTheCounterOfferCommand command, MembershipRegistry registry, DueDates dueDates) {
        LocalDate proposed = requireDueDate(command.dueDate(), dueDates);
        String note = Require.text("note", command.note());
        Actor actor = requesterSide(CommitmentAction.COUNTER_THE_COUNTER_OFFER, command.actor(), registry);
        requireState(CommitmentAction.COUNTER_THE_COUNTER_OFFER);
        apply(new CommitmentCounterOfferCounteredEvent(commitmentId, partnershipId, performer, proposed, note,
                actor));
    }

    @CommandHandler
    void handle(ReportProgressCommand command) {
        Require.present("status", command.status());
        String note = Require.text("note", command.note());
        Actor actor = performerSide(CommitmentAction.REPORT_PROGRESS, command.actor());
        requireState(CommitmentAction.REPORT_PROGRESS);
        apply(new CommitmentProgressReportedEvent(commitmentId, partnershipId, performer, command.status(), note,
                actor));
    }

    @CommandHandler
    void handle(ReportCompletionCommand command) {
        String note = Require.text("note", command.note());
        Actor actor = performerSide(CommitmentAction.REPORT_COMPLETION, command.actor());
        requireState(CommitmentAction.REPORT_COMPLETION);
        apply(new CommitmentCompletionReportedEvent(commitmentId, partnershipId, performer, dueDate, note, actor));
    }

    @CommandHandler
    void handle(DeclareSatisfiedCommand command, MembershipRegistry registry, DueDates dueDates,
                DeadlineManager deadlines) {
        Actor actor = requesterSide(CommitmentAction.DECLARE_SATISFIED, command.actor(), registry);
        if (state == KEPT) {
            return;
        }
        requireState(CommitmentAction.DECLARE_SATISFIED);
        boolean onTime = dueDates.onTime(dueDate, dueDates.now());
        apply(new CommitmentKeptEvent(commitmentId, partnershipId, requester, performer, dueDate, onTime, actor));
        cancelOverdue(deadlines);
    }

    @CommandHandler
    void handle(DeclareNotSatisfiedCommand command, MembershipRegistry registry) {
        String reason = Require.text("reason", command.reason());
        Actor actor = requesterSide(CommitmentAction.DECLARE_NOT_SATISFIED, command.actor(), registry);
        requireState(CommitmentAction.DECLARE_NOT_SATISFIED);
        apply(new CommitmentSatisfactionDeniedEvent(commitmentId, partnershipId, performer, dueDate, reason,
                actor));
    }

    @CommandHandler
    void handle(WithdrawCommitmentCommand command, DeadlineManager deadlines) {
        String reason = Require.text("reason", command.reason());
        Actor actor = performerSide(CommitmentAction.WITHDRAW, command.actor());
        requireState(CommitmentAction.WITHDRAW);
        apply(new CommitmentWithdrawnEvent(commitmentId, partnershipId, requester, performer, dueDate, reason,
                actor));
        cancelOverdue(deadlines);
    }

    @CommandHandler
    void handle(ReleaseCommitmentCommand command, MembershipRegistry registry, DeadlineManager deadlines) {
        String reason = Require.text("reason", command.reason());
        Actor actor = requesterSide(CommitmentAction.RELEASE, command.actor(), registry);
        requireState(CommitmentAction.RELEASE);
        boolean hadDeadline = holdsOverdueDeadline();
        apply(new CommitmentReleasedEvent(commitmentId, partnershipId, requester, performer, dueDate, reason,
                actor));
        if (hadDeadline) {
            cancelOverdue(deadlines);
        }
    }

    @CommandHandler
    void handle(ProposeRenegotiationCommand command, MembershipRegistry registry, DueDates dueDates) {
        LocalDate proposed = requireDueDate(command.dueDate(), dueDates);
        String reason = Require.text("reason", command.reason());
        Actor actor = Require.present("actor", command.actor());
        CommitmentSide side;
        if (actor.actsFor(performer)) {
            side = CommitmentSide.PERFORMER;
        } else if (speaksFor(requester, partnershipId, actor, registry)) {
            side = CommitmentSide.REQUESTER;
        } else {
            throw new NotPermittedException(CommitmentRules.NOT_PARTY,
                    "only the requester's or the performer's side may renegotiate commitment " + commitmentId);
        }
        requireState(CommitmentAction.PROPOSE_RENEGOTIATION);
        if (proposed.equals(dueDate)) {
            throw new InvalidCommandException("dueDate", "dueDate is already " + dueDate);
        }
        apply(new CommitmentRenegotiationProposedEvent(commitmentId, partnershipId, performer, side, proposed,
                reason, actor));
    }

    @CommandHandler
    void handle(AcceptRenegotiationCommand command, MembershipRegistry registry, DueDates dueDates,
                DeadlineManager deadlines) {
        Actor actor = Require.present("actor", command.actor());
        requireState(CommitmentAction.ACCEPT_RENEGOTIATION);
        if (renegotiationProposedBy == null) {
            throw new RuleViolationException(CommitmentRules.NO_RENEGOTIATION_PROPOSED,
                    CommitmentRules.noRenegotiationMessage(commitmentId));
        }
        if (renegotiationProposedBy == CommitmentSide.PERFORMER) {
            requesterSide(CommitmentAction.ACCEPT_RENEGOTIATION, actor, registry);
        } else {
            performerSide(CommitmentAction.ACCEPT_RENEGOTIATION, actor);
        }
        Instant now = dueDates.now();
        boolean overdueCleared = overdue && dueDates.onTime(renegotiatedDueDate, now);
        boolean stillOverdue = overdue && !overdueCleared;
        LocalDate agreed = renegotiatedDueDate;
        apply(new CommitmentRenegotiatedEvent(commitmentId, partnershipId, performer, dueDate, agreed,
                overdueCleared, actor));
        cancelOverdue(deadlines);
        if (!stillOverdue) {
            scheduleOverdue(deadlines, dueDates, agreed);
        }
    }

    @CommandHandler
    void handle(HandOverCommitmentCommand command) {
        OrganisationId receiver = Require.present("toOrganisation", command.toOrganisation());
        String note = Require.text("note", command.note());
        Actor actor = performerSide(CommitmentAction.HAND_OVER, command.actor());
        if (receiver.equals(performer)) {
            throw new InvalidCommandException("toOrganisation", "the performer cannot hand over to itself");
        }
        requireState(CommitmentAction.HAND_OVER);
        apply(new CommitmentHandOverProposedEvent(commitmentId, partnershipId, performer, receiver, note, actor));
    }

    @CommandHandler
    void handle(AcceptHandOverCommand command, MembershipRegistry registry) {
        Actor actor = Require.present("actor", command.actor());
        if (state == PROMISED && handOverTo == null && previousPerformer != null && actor.actsFor(performer)) {
            return;
        }
        requireState(CommitmentAction.ACCEPT_HAND_OVER);
        if (handOverTo == null) {
            throw new RuleViolationException(CommitmentRules.NO_HAND_OVER_PROPOSED,
                    CommitmentRules.noHandOverMessage(commitmentId));
        }
        if (!actor.actsFor(handOverTo)) {
            throw new NotPermittedException(CommitmentRules.NOT_RECEIVER,
                    "only the receiving organisation's people may take over commitment " + commitmentId);
        }
        requireMember(registry, partnershipId, handOverTo, "receiving organisation",
                CommitmentRules.RECEIVER_NOT_MEMBER);
        apply(new CommitmentHandOverAcceptedEvent(commitmentId, partnershipId, performer, handOverTo, actor));
    }

    @DeadlineHandler(deadlineName = OverdueDeadline.NAME)
    void on(OverdueDeadline deadline) {
        if (overdue || !holdsOverdueDeadline() || !Objects.equals(deadline.dueDate(), dueDate)) {
            return;
        }
        apply(new CommitmentOverdueEvent(commitmentId, partnershipId, performer, dueDate));
    }

    @EventSourcingHandler
    void on(CommitmentRequestedEvent event) {
        commitmentId = event.commitmentId();
        partnershipId = event.partnershipId();
        requester = event.requester();
        performer = event.performer();
        dueDate = event.dueDate();
        state = REQUESTED;
    }

    @EventSourcingHandler
    void on(CommitmentOfferedEvent event) {
        commitmentId = event.commitmentId();
        partnershipId = event.partnershipId();
        requester = Requester.byPartnership();
        performer = event.performer();
        dueDate = event.dueDate();
        state = OFFERED;
    }

    @EventSourcingHandler
    void on(CommitmentOfferAcceptedEvent event) {
        state = PROMISED;
    }

    @EventSourcingHandler
    void on(CommitmentPromisedEvent event) {
        state = PROMISED;
    }

    @EventSourcingHandler
    void on(CommitmentDeclinedEvent event) {
        state = DECLINED;
    }

    @EventSourcingHandler
    void on(CommitmentCounterOfferedEvent event) {
        counteredDueDate = event.dueDate();
        state = COUNTERED;
    }

    @EventSourcingHandler
    void on(CommitmentCounterOfferAcceptedEvent event) {
        dueDate = event.dueDate();
        counteredDueDate = null;
        state = PROMISED;
    }

    @EventSourcingHandler
    void on(CommitmentCounterOfferRejectedEvent event) {
        counteredDueDate = null;
        state = DECLINED;
    }

    @EventSourcingHandler
    void on(CommitmentCounterOfferCounteredEvent event) {
        dueDate = event.dueDate();
        counteredDueDate = null;
        state = REQUESTED;
    }

    @EventSourcingHandler
    void on(CommitmentCompletionReportedEvent event) {
        renegotiationProposedBy = null;
        renegotiatedDueDate = null;
        handOverTo = null;
        state = COMPLETION_REPORTED;
    }

    @EventSourcingHandler
    void on(CommitmentSatisfactionDeniedEvent event) {
        state = PROMISED;
    }

    @EventSourcingHandler
    void on(CommitmentKeptEvent event) {
        state = KEPT;
    }

    @EventSourcingHandler
    void on(CommitmentWithdrawnEvent event) {
        state = WITHDRAWN;
    }

    @EventSourcingHandler
    void on(CommitmentReleasedEvent event) {
        state = RELEASED;
    }

    @EventSourcingHandler
    void on(CommitmentRenegotiationProposedEvent event) {
        renegotiationProposedBy = event.proposedBy();
        renegotiatedDueDate = event.dueDate();
    }

    @EventSourcingHandler
    void on(CommitmentRenegotiatedEvent event) {
        dueDate = event.dueDate();
        renegotiationProposedBy = null;
        renegotiatedDueDate = null;
        if (event.overdueCleared()) {
            overdue = false;
        }
    }

    @EventSourcingHandler
    void on(CommitmentHandOverProposedEvent event) {
        handOverTo = event.toOrganisation();
    }

    @EventSourcingHandler
    void on(CommitmentHandOverAcceptedEvent event) {
        previousPerformer = event.fromOrganisation();
        performer = event.toOrganisation();
        handOverTo = null;
        renegotiationProposedBy = null;
        renegotiatedDueDate = null;
    }

    @EventSourcingHandler
    void on(CommitmentOverdueEvent event) {
        overdue = true;
    }

    private Actor performerSide(CommitmentAction action, Actor actor) {
        Require.present("actor", actor);
        if (!actor.actsFor(performer)) {
            throw CommitmentRules.notPerformer(action, commitmentId);
        }
        return actor;
    }

    private Actor requesterSide(CommitmentAction action, Actor actor, MembershipRegistry registry) {
        Require.present("actor", actor);
        if (!speaksFor(requester, partnershipId, actor, registry)) {
            throw CommitmentRules.notRequester(action, commitmentId);
        }
        return actor;
    }

    private static boolean speaksFor(Requester requester, PartnershipId partnership, Actor actor,
                                     MembershipRegistry registry) {
        if (requester.isPartnership()) {
            return registry.isCoordinator(partnership, actor.person());
        }
        return actor.actsFor(requester.organisation());
    }

    private void requireState(CommitmentAction action) {
        if (!action.allowedIn(state)) {
            throw CommitmentRules.forbidden(action, commitmentId, state);
        }
    }

    private boolean holdsOverdueDeadline() {
        return state == PROMISED || state == COMPLETION_REPORTED;
    }

    private void scheduleOverdue(DeadlineManager deadlines, DueDates dueDates, LocalDate due) {
        deadlines.schedule(dueDates.endOf(due), OverdueDeadline.NAME, new OverdueDeadline(due));
    }

    private static void cancelOverdue(DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(OverdueDeadline.NAME);
    }

    private static void requireMember(MembershipRegistry registry, PartnershipId partnership,
                                      OrganisationId organisation, String role, String code) {
        if (!registry.isMember(partnership, organisation)) {
            throw new RuleViolationException(code, CommitmentRules.notMemberMessage(role, organisation));
        }
    }

    private static LocalDate requireDueDate(LocalDate dueDate, DueDates dueDates) {
        Require.present("dueDate", dueDate);
        LocalDate today = dueDates.today();
        if (dueDate.isBefore(today)) {
            throw new InvalidCommandException("dueDate", "dueDate must not be before today (" + today + ")");
        }
        return dueDate;
    }

    private static String optional(String field, String text) {
        return text == null || text.isBlank() ? null : Require.text(field, text);
    }
}
