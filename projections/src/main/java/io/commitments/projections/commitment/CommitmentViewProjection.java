package io.commitments.projections.commitment;

import io.commitments.core.api.commitment.CommitmentCompletionReportedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferAcceptedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferCounteredEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferRejectedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferedEvent;
import io.commitments.core.api.commitment.CommitmentDeclinedEvent;
import io.commitments.core.api.commitment.CommitmentDetails;
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
import io.commitments.core.api.commitment.CommitmentState;
import io.commitments.core.api.commitment.CommitmentSummary;
import io.commitments.core.api.commitment.CommitmentTimelineEntry;
import io.commitments.core.api.commitment.CommitmentWithdrawnEvent;
import io.commitments.core.api.commitment.FindCommitmentQuery;
import io.commitments.core.api.commitment.FindPartnershipCommitmentsQuery;
import io.commitments.core.api.commitment.ProgressStatus;
import io.commitments.core.api.commitment.Requester;
import io.commitments.core.api.decision.DecisionId;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.projections.ViewTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.commitments.core.api.commitment.CommitmentState.COMPLETION_REPORTED;
import static io.commitments.core.api.commitment.CommitmentState.COUNTERED;
import static io.commitments.core.api.commitment.CommitmentState.DECLINED;
import static io.commitments.core.api.commitment.CommitmentState.KEPT;
import static io.commitments.core.api.commitment.CommitmentState.PROMISED;
import static io.commitments.core.api.commitment.CommitmentState.RELEASED;
import static io.commitments.core.api.commitment.CommitmentState.REQUESTED;
import static io.commitments.core.api.commitment.CommitmentState.WITHDRAWN;

/**
 * Each commitment as it stands and every event of its history, in the commitment's own order (its
 * aggregate sequence numbers): behind {@code GET /api/commitments/{id}} and
 * {@code GET /api/partnerships/{pid}/commitments}. Reads commitment events only, so the order of other
 * aggregates' events never matters.
 */
@Component
@ProcessingGroup(CommitmentViewProjection.PROCESSING_GROUP)
public class CommitmentViewProjection {

    public static final String PROCESSING_GROUP = "commitment-view";

    private final ViewTables tables;

    public CommitmentViewProjection(ViewTables tables) {
        this.tables = tables;
    }

    @EventHandler
    void on(CommitmentRequestedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        insert(event.commitmentId(), event.partnershipId(), event.requester(), event.performer(), null,
                event.description(), event.conditionsOfSatisfaction(), event.outcome(), event.dueDate(), REQUESTED,
                at, sequence);
        timeline(event.commitmentId(), sequence, event, at, event.actor(),
                "Requested by " + describe(event.requester()) + ", due " + event.dueDate(), null);
    }

    @EventHandler
    void on(CommitmentOfferedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        insert(event.commitmentId(), event.partnershipId(), Requester.byPartnership(), event.performer(),
                event.actor().person(), event.description(), event.conditionsOfSatisfaction(), event.outcome(),
                event.dueDate(), CommitmentState.OFFERED, at, sequence);
        timeline(event.commitmentId(), sequence, event, at, event.actor(),
                "Offered to the partnership, due " + event.dueDate(), null);
    }

    @EventHandler
    void on(CommitmentOfferAcceptedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        change(event.commitmentId(), sequence, """
                        state = :state, promised_by_person_id = pending_promisor_id, pending_promisor_id = NULL,
                        promised_at = COALESCE(promised_at, :at)""",
                Map.of("state", PROMISED.name(), "at", timestamp(at)));
        timeline(event.commitmentId(), sequence, event, at, event.actor(),
                "Offer accepted: promised, due " + event.dueDate(), null);
    }

    @EventHandler
    void on(CommitmentPromisedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        change(event.commitmentId(), sequence, """
                        state = :state, promised_by_person_id = :person, promised_at = COALESCE(promised_at, :at)""",
                Map.of("state", PROMISED.name(), "person", event.actor().person().value(), "at", timestamp(at)));
        timeline(event.commitmentId(), sequence, event, at, event.actor(), "Promised, due " + event.dueDate(), null);
    }

    @EventHandler
    void on(CommitmentDeclinedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        end(event.commitmentId(), sequence, DECLINED, at, null);
        timeline(event.commitmentId(), sequence, event, at, event.actor(), "Declined", event.reason());
    }

    @EventHandler
    void on(CommitmentCounterOfferedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        change(event.commitmentId(), sequence,
                "state = :state, proposed_due_date = :proposed, pending_promisor_id = :person",
                Map.of("state", COUNTERED.name(), "proposed", event.dueDate(),
                        "person", event.actor().person().value()));
        timeline(event.commitmentId(), sequence, event, at, event.actor(),
                "Counter-offered: due " + event.dueDate() + " instead", event.note());
    }

    @EventHandler
    void on(CommitmentCounterOfferAcceptedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        change(event.commitmentId(), sequence, """
                        state = :state, due_date = :due, proposed_due_date = NULL,
                        promised_by_person_id = pending_promisor_id, pending_promisor_id = NULL,
                        promised_at = COALESCE(promised_at, :at)""",
                Map.of("state", PROMISED.name(), "due", event.dueDate(), "at", timestamp(at)));
        timeline(event.commitmentId(), sequence, event, at, event.actor(),
                "Counter-offer accepted: promised, due " + event.dueDate(), null);
    }

    @EventHandler
    void on(CommitmentCounterOfferRejectedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        end(event.commitmentId(), sequence, DECLINED, at, null);
        timeline(event.commitmentId(), sequence, event, at, event.actor(), "Counter-offer rejected: declined",
                event.reason());
    }

    @EventHandler
    void on(CommitmentCounterOfferCounteredEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        change(event.commitmentId(), sequence,
                "state = :state, due_date = :due, proposed_due_date = NULL, pending_promisor_id = NULL",
                Map.of("state", REQUESTED.name(), "due", event.dueDate()));
        timeline(event.commitmentId(), sequence, event, at, event.actor(),
                "Counter-offer answered: requested again, due " + event.dueDate(), event.note());
    }

    @EventHandler
    void on(CommitmentProgressReportedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        change(event.commitmentId(), sequence, "progress_status = :status, progress_note = :note",
                Map.of("status", event.status().name(), "note", event.note()));
        timeline(event.commitmentId(), sequence, event, at, event.actor(),
                "Progress reported: " + words(event.status()), event.note());
    }

    @EventHandler
    void on(CommitmentCompletionReportedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        change(event.commitmentId(), sequence,
                "state = :state, proposed_due_date = NULL, hand_over_to = NULL",
                Map.of("state", COMPLETION_REPORTED.name()));
        timeline(event.commitmentId(), sequence, event, at, event.actor(), "Completion reported", event.note());
    }

    @EventHandler
    void on(CommitmentSatisfactionDeniedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        change(event.commitmentId(), sequence, "state = :state", Map.of("state", PROMISED.name()));
        timeline(event.commitmentId(), sequence, event, at, event.actor(),
                "Declared not satisfied: promised again", event.reason());
    }

    @EventHandler
    void on(CommitmentKeptEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        end(event.commitmentId(), sequence, KEPT, at, event.keptOnTime());
        timeline(event.commitmentId(), sequence, event, at, event.actor(),
                "Declared satisfied: kept " + (event.keptOnTime() ? "on time" : "late"), null);
    }

    @EventHandler
    void on(CommitmentWithdrawnEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        end(event.commitmentId(), sequence, WITHDRAWN, at, null);
        timeline(event.commitmentId(), sequence, event, at, event.actor(), "Withdrawn by the performer",
                event.reason());
    }

    @EventHandler
    void on(CommitmentReleasedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        end(event.commitmentId(), sequence, RELEASED, at, null);
        timeline(event.commitmentId(), sequence, event, at, event.actor(), "Released by the requester",
                event.reason());
    }

    @EventHandler
    void on(CommitmentRenegotiationProposedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        change(event.commitmentId(), sequence, "proposed_due_date = :proposed",
                Map.of("proposed", event.dueDate()));
        timeline(event.commitmentId(), sequence, event, at, event.actor(),
                "New due date " + event.dueDate() + " proposed by the " + event.proposedBy().name().toLowerCase(),
                event.reason());
    }

    @EventHandler
    void on(CommitmentRenegotiatedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        change(event.commitmentId(), sequence, """
                        due_date = :due, proposed_due_date = NULL,
                        overdue = CASE WHEN :cleared THEN FALSE ELSE overdue END""",
                Map.of("due", event.dueDate(), "cleared", event.overdueCleared()));
        timeline(event.commitmentId(), sequence, event, at, event.actor(),
                "Renegotiated: due " + event.dueDate() + " instead of " + event.previousDueDate()
                        + (event.overdueCleared() ? "; no longer overdue" : ""), null);
    }

    @EventHandler
    void on(CommitmentHandOverProposedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        change(event.commitmentId(), sequence, "hand_over_to = :to", Map.of("to", event.toOrganisation().value()));
        timeline(event.commitmentId(), sequence, event, at, event.actor(),
                "Hand-over to another member proposed", event.note());
    }

    @EventHandler
    void on(CommitmentHandOverAcceptedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        change(event.commitmentId(), sequence, """
                        performer_id = :to, hand_over_to = NULL, proposed_due_date = NULL,
                        promised_by_person_id = :person""",
                Map.of("to", event.toOrganisation().value(), "person", event.actor().person().value()));
        timeline(event.commitmentId(), sequence, event, at, event.actor(),
                "Taken over: the receiving member is now the performer", null);
    }

    @EventHandler
    void on(CommitmentOverdueEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        change(event.commitmentId(), sequence, "overdue = TRUE", Map.of());
        timeline(event.commitmentId(), sequence, event, at, null,
                "Overdue: not kept by the end of " + event.dueDate(), null);
    }

    @ResetHandler
    void reset() {
        tables.write("DELETE FROM commitment_timeline").update();
        tables.write("DELETE FROM commitment_view").update();
    }

    @QueryHandler
    Optional<CommitmentDetails> handle(FindCommitmentQuery query) {
        return tables.read("SELECT * FROM commitment_view WHERE commitment_id = :id")
                .param("id", query.commitmentId().value())
                .query(CommitmentViewProjection::summary)
                .optional()
                .map(commitment -> new CommitmentDetails(commitment, timeline(query.commitmentId())));
    }

    @QueryHandler
    List<CommitmentSummary> handle(FindPartnershipCommitmentsQuery query) {
        StringBuilder sql = new StringBuilder("SELECT * FROM commitment_view WHERE partnership_id = :partnership");
        Map<String, Object> params = new HashMap<>();
        params.put("partnership", query.partnershipId().value());
        if (query.state() != null) {
            sql.append(" AND state = :state");
            params.put("state", query.state().name());
        }
        if (query.performer() != null) {
            sql.append(" AND performer_id = :performer");
            params.put("performer", query.performer().value());
        }
        if (query.overdue() != null) {
            sql.append(" AND overdue = :overdue");
            params.put("overdue", query.overdue());
        }
        sql.append(" ORDER BY due_date, requested_at, commitment_id");
        return tables.read(sql.toString()).params(params).query(CommitmentViewProjection::summary).list();
    }

    private List<CommitmentTimelineEntry> timeline(CommitmentId id) {
        return tables.read("SELECT * FROM commitment_timeline WHERE commitment_id = :id ORDER BY sequence_number")
                .param("id", id.value())
                .query((row, rowNumber) -> new CommitmentTimelineEntry(
                        row.getLong("sequence_number"),
                        row.getString("event_type"),
                        row.getTimestamp("occurred_at").toInstant(),
                        actor(row),
                        row.getString("summary"),
                        row.getString("reason")))
                .list();
    }

    private void insert(CommitmentId id, PartnershipId partnership, Requester requester, OrganisationId performer,
                        PersonId pendingPromisor, String description, String conditions, String outcome,
                        LocalDate dueDate, CommitmentState state, Instant at, long sequence) {
        tables.write("""
                        INSERT INTO commitment_view (commitment_id, partnership_id, requester_organisation_id,
                            requester_decision_id, performer_id, pending_promisor_id, description,
                            conditions_of_satisfaction, outcome, due_date, state, overdue, requested_at, version)
                        VALUES (:id, :partnership, :requesterOrganisation, :requesterDecision, :performer,
                            :pendingPromisor, :description, :conditions, :outcome, :due, :state, FALSE, :at,
                            :version)""")
                .param("id", id.value())
                .param("partnership", partnership.value())
                .param("requesterOrganisation", requester.organisation() == null ? null
                        : requester.organisation().value())
                .param("requesterDecision", requester.decision() == null ? null : requester.decision().value())
                .param("performer", performer.value())
                .param("pendingPromisor", pendingPromisor == null ? null : pendingPromisor.value())
                .param("description", description)
                .param("conditions", conditions)
                .param("outcome", outcome)
                .param("due", dueDate)
                .param("state", state.name())
                .param("at", timestamp(at))
                .param("version", sequence)
                .update();
    }

    private void end(CommitmentId id, long sequence, CommitmentState state, Instant at, Boolean keptOnTime) {
        Map<String, Object> values = new HashMap<>();
        values.put("state", state.name());
        values.put("at", timestamp(at));
        values.put("onTime", keptOnTime);
        change(id, sequence, """
                        state = :state, ended_at = :at, kept_on_time = :onTime, overdue = FALSE,
                        proposed_due_date = NULL, hand_over_to = NULL, pending_promisor_id = NULL""", values);
    }

    private void change(CommitmentId id, long sequence, String assignments, Map<String, ?> values) {
        tables.write("UPDATE commitment_view SET " + assignments + ", version = :version WHERE commitment_id = :id")
                .params(values)
                .param("version", sequence)
                .param("id", id.value())
                .update();
    }

    private void timeline(CommitmentId id, long sequence, Object event, Instant at, Actor actor, String summary,
                          String reason) {
        tables.write("""
                        INSERT INTO commitment_timeline (commitment_id, sequence_number, event_type, occurred_at,
                            actor_person_id, actor_organisation_id, summary, reason)
                        VALUES (:id, :sequence, :type, :at, :person, :organisation, :summary, :reason)""")
                .param("id", id.value())
                .param("sequence", sequence)
                .param("type", event.getClass().getSimpleName())
                .param("at", timestamp(at))
                .param("person", actor == null ? null : actor.person().value())
                .param("organisation", actor == null || actor.organisation() == null ? null
                        : actor.organisation().value())
                .param("summary", summary)
                .param("reason", reason)
                .update();
    }

    private static String describe(Requester requester) {
        if (requester.organisation() != null) {
            return "a member organisation";
        }
        return requester.decision() != null ? "a decision of the partnership" : "the partnership";
    }

    private static String words(ProgressStatus status) {
        return status.name().toLowerCase().replace('_', ' ');
    }

    private static java.sql.Timestamp timestamp(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }

    private static CommitmentSummary summary(ResultSet row, int rowNumber) throws SQLException {
        String progress = row.getString("progress_status");
        java.sql.Timestamp promisedAt = row.getTimestamp("promised_at");
        java.sql.Timestamp endedAt = row.getTimestamp("ended_at");
        return new CommitmentSummary(
                CommitmentId.of(row.getObject("commitment_id", UUID.class)),
                PartnershipId.of(row.getObject("partnership_id", UUID.class)),
                new Requester(organisation(row, "requester_organisation_id"),
                        Optional.ofNullable(row.getObject("requester_decision_id", UUID.class))
                                .map(DecisionId::of).orElse(null)),
                organisation(row, "performer_id"),
                Optional.ofNullable(row.getObject("promised_by_person_id", UUID.class)).map(PersonId::of)
                        .orElse(null),
                row.getString("description"),
                row.getString("conditions_of_satisfaction"),
                row.getString("outcome"),
                row.getObject("due_date", LocalDate.class),
                CommitmentState.valueOf(row.getString("state")),
                row.getBoolean("overdue"),
                progress == null ? null : ProgressStatus.valueOf(progress),
                row.getString("progress_note"),
                row.getObject("proposed_due_date", LocalDate.class),
                organisation(row, "hand_over_to"),
                row.getTimestamp("requested_at").toInstant(),
                promisedAt == null ? null : promisedAt.toInstant(),
                endedAt == null ? null : endedAt.toInstant(),
                row.getObject("kept_on_time", Boolean.class),
                row.getLong("version"));
    }

    private static OrganisationId organisation(ResultSet row, String column) throws SQLException {
        UUID value = row.getObject(column, UUID.class);
        return value == null ? null : OrganisationId.of(value);
    }

    private static Actor actor(ResultSet row) throws SQLException {
        UUID person = row.getObject("actor_person_id", UUID.class);
        return person == null ? null : new Actor(PersonId.of(person), organisation(row, "actor_organisation_id"));
    }
}
