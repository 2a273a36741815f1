package io.commitments.projections.support;

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
import io.commitments.core.api.commitment.CommitmentWithdrawnEvent;
import io.commitments.core.api.commitment.ProgressStatus;
import io.commitments.core.api.commitment.Requester;
import io.commitments.core.api.partnership.OrganisationJoinedPartnershipEvent;
import io.commitments.core.api.partnership.OrganisationWithdrewFromPartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Object mother: the event stream of one aggregate, built the way the aggregate would record it (sequence
 * numbers from 0, "kept on time" and "overdue cleared" decided as the Commitment aggregate decides them with
 * due dates ending at midnight UTC). Commitment histories start with {@link #requested} or {@link #offered};
 * partnership histories with {@link #partnership}.
 */
public final class History {

    public static final String DESCRIPTION = "Draft the shared discharge protocol";

    private final String aggregateType;
    private final String aggregateId;
    private final List<DomainEventMessage<?>> events = new ArrayList<>();

    private CommitmentId commitmentId;
    private PartnershipId partnershipId;
    private Requester requester;
    private OrganisationId performer;
    private OrganisationId handOverTo;
    private LocalDate dueDate;
    private LocalDate counteredDueDate;
    private LocalDate proposedDueDate;
    private boolean overdue;

    private History(String aggregateType, String aggregateId) {
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
    }

    public static History requested(PartnershipId partnership, Requester requester, OrganisationId performer,
                                    LocalDate dueDate, Instant at, Actor actor) {
        return requested(partnership, requester, performer, DESCRIPTION, dueDate, at, actor);
    }

    public static History requested(PartnershipId partnership, Requester requester, OrganisationId performer,
                                    String description, LocalDate dueDate, Instant at, Actor actor) {
        History history = commitment(partnership, requester, performer, dueDate);
        return history.record(at, new CommitmentRequestedEvent(history.commitmentId, partnership, requester,
                performer, description, dueDate, "Agreed by both leads", "Fewer delayed discharges", actor));
    }

    public static History offered(PartnershipId partnership, OrganisationId performer, LocalDate dueDate, Instant at,
                                  Actor actor) {
        History history = commitment(partnership, Requester.byPartnership(), performer, dueDate);
        return history.record(at, new CommitmentOfferedEvent(history.commitmentId, partnership, performer,
                DESCRIPTION, dueDate, null, null, actor));
    }

    public static History partnership(PartnershipId partnership) {
        History history = new History("Partnership", partnership.toString());
        history.partnershipId = partnership;
        return history;
    }

    private static History commitment(PartnershipId partnership, Requester requester, OrganisationId performer,
                                      LocalDate dueDate) {
        CommitmentId id = CommitmentId.of(UUID.randomUUID());
        History history = new History("Commitment", id.toString());
        history.commitmentId = id;
        history.partnershipId = partnership;
        history.requester = requester;
        history.performer = performer;
        history.dueDate = dueDate;
        return history;
    }

    public History promised(Instant at, Actor actor) {
        return record(at, new CommitmentPromisedEvent(commitmentId, partnershipId, performer, dueDate, actor));
    }

    public History declined(Instant at, Actor actor) {
        return record(at, new CommitmentDeclinedEvent(commitmentId, partnershipId, requester, performer, dueDate,
                "No capacity this quarter", actor));
    }

    public History offerAccepted(Instant at, Actor actor) {
        return record(at, new CommitmentOfferAcceptedEvent(commitmentId, partnershipId, performer, dueDate, actor));
    }

    public History counterOffered(Instant at, Actor actor, LocalDate proposed) {
        counteredDueDate = proposed;
        return record(at, new CommitmentCounterOfferedEvent(commitmentId, partnershipId, performer, proposed,
                "We can do it a little later", actor));
    }

    public History counterOfferAccepted(Instant at, Actor actor) {
        dueDate = counteredDueDate;
        return record(at, new CommitmentCounterOfferAcceptedEvent(commitmentId, partnershipId, performer, dueDate,
                actor));
    }

    public History counterOfferRejected(Instant at, Actor actor) {
        return record(at, new CommitmentCounterOfferRejectedEvent(commitmentId, partnershipId, requester, performer,
                dueDate, "Too late for the winter plan", actor));
    }

    public History counterOfferCountered(Instant at, Actor actor, LocalDate proposed) {
        dueDate = proposed;
        return record(at, new CommitmentCounterOfferCounteredEvent(commitmentId, partnershipId, performer, proposed,
                "Could you meet us halfway?", actor));
    }

    public History progress(Instant at, Actor actor, ProgressStatus status, String note) {
        return record(at, new CommitmentProgressReportedEvent(commitmentId, partnershipId, performer, status, note,
                actor));
    }

    public History completionReported(Instant at, Actor actor) {
        proposedDueDate = null;
        handOverTo = null;
        return record(at, new CommitmentCompletionReportedEvent(commitmentId, partnershipId, performer, dueDate,
                "Done and circulated", actor));
    }

    public History satisfactionDenied(Instant at, Actor actor) {
        return record(at, new CommitmentSatisfactionDeniedEvent(commitmentId, partnershipId, performer, dueDate,
                "The ward leads have not signed it", actor));
    }

    /** Declared satisfied: on time when declared before midnight (UTC) at the end of the due date. */
    public History kept(Instant at, Actor actor) {
        boolean onTime = at.isBefore(endOf(dueDate));
        return record(at, new CommitmentKeptEvent(commitmentId, partnershipId, requester, performer, dueDate, onTime,
                actor));
    }

    public History withdrawn(Instant at, Actor actor) {
        return record(at, new CommitmentWithdrawnEvent(commitmentId, partnershipId, requester, performer, dueDate,
                "Our team was disbanded", actor));
    }

    public History released(Instant at, Actor actor) {
        return record(at, new CommitmentReleasedEvent(commitmentId, partnershipId, requester, performer, dueDate,
                "No longer needed", actor));
    }

    public History renegotiationProposed(Instant at, Actor actor, CommitmentSide side, LocalDate proposed) {
        proposedDueDate = proposed;
        return record(at, new CommitmentRenegotiationProposedEvent(commitmentId, partnershipId, performer, side,
                proposed, "Waiting for the new ward to open", actor));
    }

    /** The proposed due date agreed: clears "overdue" when the new date lies ahead of {@code at}. */
    public History renegotiated(Instant at, Actor actor) {
        boolean cleared = overdue && at.isBefore(endOf(proposedDueDate));
        if (cleared) {
            overdue = false;
        }
        LocalDate previous = dueDate;
        dueDate = proposedDueDate;
        proposedDueDate = null;
        return record(at, new CommitmentRenegotiatedEvent(commitmentId, partnershipId, performer, previous, dueDate,
                cleared, actor));
    }

    public History renegotiated(Instant proposedAt, Actor proposer, CommitmentSide side, LocalDate proposed,
                                Instant agreedAt, Actor agreer) {
        return renegotiationProposed(proposedAt, proposer, side, proposed).renegotiated(agreedAt, agreer);
    }

    public History handOverProposed(Instant at, Actor actor, OrganisationId to) {
        handOverTo = to;
        return record(at, new CommitmentHandOverProposedEvent(commitmentId, partnershipId, performer, to,
                "We are leaving the partnership", actor));
    }

    public History handOverAccepted(Instant at, Actor actor) {
        OrganisationId from = performer;
        performer = handOverTo;
        handOverTo = null;
        proposedDueDate = null;
        return record(at, new CommitmentHandOverAcceptedEvent(commitmentId, partnershipId, from, performer, actor));
    }

    /** The system noticed the due date passed: recorded a minute after midnight at the end of the due date. */
    public History overdue() {
        overdue = true;
        return record(endOf(dueDate).plusSeconds(60),
                new CommitmentOverdueEvent(commitmentId, partnershipId, performer, dueDate));
    }

    public History joined(Instant at, OrganisationId organisation) {
        return record(at, new OrganisationJoinedPartnershipEvent(partnershipId, organisation, Parties.COORDINATOR));
    }

    public History withdrew(Instant at, OrganisationId organisation) {
        return record(at, new OrganisationWithdrewFromPartnershipEvent(partnershipId, organisation,
                "Merged into the trust", Parties.COORDINATOR));
    }

    public CommitmentId id() {
        return commitmentId;
    }

    public List<DomainEventMessage<?>> events() {
        return List.copyOf(events);
    }

    private History record(Instant at, Object payload) {
        events.add(new GenericDomainEventMessage<>(aggregateType, aggregateId, events.size(), payload, Map.of(),
                UUID.randomUUID().toString(), at));
        return this;
    }

    private static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
