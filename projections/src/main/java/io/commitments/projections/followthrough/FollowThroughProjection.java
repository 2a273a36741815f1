package io.commitments.projections.followthrough;

import io.commitments.core.api.accountability.FindFollowThroughQuery;
import io.commitments.core.api.accountability.FollowThroughBoard;
import io.commitments.core.api.accountability.FollowThroughItem;
import io.commitments.core.api.commitment.CommitmentCompletionReportedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferAcceptedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferCounteredEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferRejectedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferedEvent;
import io.commitments.core.api.commitment.CommitmentDeclinedEvent;
import io.commitments.core.api.commitment.CommitmentHandOverAcceptedEvent;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.CommitmentKeptEvent;
import io.commitments.core.api.commitment.CommitmentOfferAcceptedEvent;
import io.commitments.core.api.commitment.CommitmentOfferedEvent;
import io.commitments.core.api.commitment.CommitmentProgressReportedEvent;
import io.commitments.core.api.commitment.CommitmentPromisedEvent;
import io.commitments.core.api.commitment.CommitmentReleasedEvent;
import io.commitments.core.api.commitment.CommitmentRenegotiatedEvent;
import io.commitments.core.api.commitment.CommitmentRenegotiationProposedEvent;
import io.commitments.core.api.commitment.CommitmentRequestedEvent;
import io.commitments.core.api.commitment.CommitmentSatisfactionDeniedEvent;
import io.commitments.core.api.commitment.CommitmentState;
import io.commitments.core.api.commitment.CommitmentWithdrawnEvent;
import io.commitments.core.api.commitment.ProgressStatus;
import io.commitments.core.api.commitment.Requester;
import io.commitments.core.api.decision.DecisionId;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.projections.ViewTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.commitments.core.api.commitment.CommitmentState.COMPLETION_REPORTED;
import static io.commitments.core.api.commitment.CommitmentState.COUNTERED;
import static io.commitments.core.api.commitment.CommitmentState.OFFERED;
import static io.commitments.core.api.commitment.CommitmentState.PROMISED;
import static io.commitments.core.api.commitment.CommitmentState.REQUESTED;

/**
 * The follow-through board behind {@code GET /api/partnerships/{pid}/follow-through}: a partnership's open
 * commitments, sorted into what a coordinator chases as of a date the query gives. Overdue here is computed
 * from the due date in force and that date (due before it), so the board agrees with the date asked for;
 * ended commitments leave the board.
 */
@Component
@ProcessingGroup(FollowThroughProjection.PROCESSING_GROUP)
public class FollowThroughProjection {

    public static final String PROCESSING_GROUP = "follow-through";

    private static final Comparator<Row> BY_DUE_DATE = Comparator.comparing(Row::dueDate)
            .thenComparing(row -> row.commitmentId().value());

    private final ViewTables tables;

    public FollowThroughProjection(ViewTables tables) {
        this.tables = tables;
    }

    @EventHandler
    void on(CommitmentRequestedEvent event) {
        insert(event.commitmentId(), event.partnershipId(), event.requester(), event.performer(),
                event.description(), event.dueDate(), REQUESTED);
    }

    @EventHandler
    void on(CommitmentOfferedEvent event) {
        insert(event.commitmentId(), event.partnershipId(), Requester.byPartnership(), event.performer(),
                event.description(), event.dueDate(), OFFERED);
    }

    @EventHandler
    void on(CommitmentOfferAcceptedEvent event) {
        change(event.commitmentId(), "state = :state", Map.of("state", PROMISED.name()));
    }

    @EventHandler
    void on(CommitmentPromisedEvent event) {
        change(event.commitmentId(), "state = :state", Map.of("state", PROMISED.name()));
    }

    @EventHandler
    void on(CommitmentCounterOfferedEvent event) {
        change(event.commitmentId(), "state = :state, proposed_due_date = :proposed",
                Map.of("state", COUNTERED.name(), "proposed", event.dueDate()));
    }

    @EventHandler
    void on(CommitmentCounterOfferAcceptedEvent event) {
        change(event.commitmentId(), "state = :state, due_date = :due, proposed_due_date = NULL",
                Map.of("state", PROMISED.name(), "due", event.dueDate()));
    }

    @EventHandler
    void on(CommitmentCounterOfferCounteredEvent event) {
        change(event.commitmentId(), "state = :state, due_date = :due, proposed_due_date = NULL",
                Map.of("state", REQUESTED.name(), "due", event.dueDate()));
    }

    @EventHandler
    void on(CommitmentProgressReportedEvent event) {
        change(event.commitmentId(), "progress_status = :status, progress_note = :note",
                Map.of("status", event.status().name(), "note", event.note()));
    }

    @EventHandler
    void on(CommitmentCompletionReportedEvent event) {
        change(event.commitmentId(), """
                        state = :state, proposed_due_date = NULL, progress_status = NULL, progress_note = NULL""",
                Map.of("state", COMPLETION_REPORTED.name()));
    }

    @EventHandler
    void on(CommitmentSatisfactionDeniedEvent event) {
        change(event.commitmentId(), "state = :state", Map.of("state", PROMISED.name()));
    }

    @EventHandler
    void on(CommitmentRenegotiationProposedEvent event) {
        change(event.commitmentId(), "proposed_due_date = :proposed", Map.of("proposed", event.dueDate()));
    }

    @EventHandler
    void on(CommitmentRenegotiatedEvent event) {
        change(event.commitmentId(), "due_date = :due, proposed_due_date = NULL", Map.of("due", event.dueDate()));
    }

    @EventHandler
    void on(CommitmentHandOverAcceptedEvent event) {
        change(event.commitmentId(), "performer_id = :performer, proposed_due_date = NULL",
                Map.of("performer", event.toOrganisation().value()));
    }

    @EventHandler
    void on(CommitmentDeclinedEvent event) {
        remove(event.commitmentId());
    }

    @EventHandler
    void on(CommitmentCounterOfferRejectedEvent event) {
        remove(event.commitmentId());
    }

    @EventHandler
    void on(CommitmentKeptEvent event) {
        remove(event.commitmentId());
    }

    @EventHandler
    void on(CommitmentWithdrawnEvent event) {
        remove(event.commitmentId());
    }

    @EventHandler
    void on(CommitmentReleasedEvent event) {
        remove(event.commitmentId());
    }

    @ResetHandler
    void reset() {
        tables.write("DELETE FROM follow_through_item").update();
    }

    @QueryHandler
    FollowThroughBoard handle(FindFollowThroughQuery query) {
        LocalDate asOf = query.asOf();
        LocalDate lastDueSoon = asOf.plusDays(query.dueSoonDays());
        List<Row> rows = tables.read("SELECT * FROM follow_through_item WHERE partnership_id = :partnership")
                .param("partnership", query.partnershipId().value())
                .query(FollowThroughProjection::row)
                .list()
                .stream().sorted(BY_DUE_DATE).toList();
        return new FollowThroughBoard(query.partnershipId(), asOf,
                items(rows, asOf, row -> row.bound() && row.dueDate().isBefore(asOf)),
                items(rows, asOf, row -> row.state() == PROMISED && !row.dueDate().isBefore(asOf)
                        && !row.dueDate().isAfter(lastDueSoon)),
                items(rows, asOf, row -> row.state() == PROMISED
                        && (row.progress() == ProgressStatus.AT_RISK || row.progress() == ProgressStatus.BLOCKED)),
                items(rows, asOf, row -> row.state() == REQUESTED),
                items(rows, asOf, row -> row.state() == COMPLETION_REPORTED),
                items(rows, asOf, row -> row.state() == OFFERED || row.state() == COUNTERED));
    }

    private static List<FollowThroughItem> items(List<Row> rows, LocalDate asOf, Predicate<Row> belongs) {
        return rows.stream().filter(belongs).map(row -> row.item(asOf)).toList();
    }

    private void insert(CommitmentId id, PartnershipId partnership, Requester requester, OrganisationId performer,
                        String description, LocalDate dueDate, CommitmentState state) {
        tables.write("""
                        INSERT INTO follow_through_item (commitment_id, partnership_id, requester_organisation_id,
                            requester_decision_id, performer_id, description, due_date, state)
                        VALUES (:id, :partnership, :requesterOrganisation, :requesterDecision, :performer,
                            :description, :due, :state)""")
                .param("id", id.value())
                .param("partnership", partnership.value())
                .param("requesterOrganisation", requester.organisation() == null ? null
                        : requester.organisation().value())
                .param("requesterDecision", requester.decision() == null ? null : requester.decision().value())
                .param("performer", performer.value())
                .param("description", description)
                .param("due", dueDate)
                .param("state", state.name())
                .update();
    }

    private void change(CommitmentId id, String assignments, Map<String, ?> values) {
        tables.write("UPDATE follow_through_item SET " + assignments + " WHERE commitment_id = :id")
                .params(values)
                .param("id", id.value())
                .update();
    }

    private void remove(CommitmentId id) {
        tables.write("DELETE FROM follow_through_item WHERE commitment_id = :id").param("id", id.value()).update();
    }

    private static Row row(ResultSet row, int rowNumber) throws SQLException {
        UUID requesterOrganisation = row.getObject("requester_organisation_id", UUID.class);
        UUID requesterDecision = row.getObject("requester_decision_id", UUID.class);
        String progress = row.getString("progress_status");
        return new Row(
                CommitmentId.of(row.getObject("commitment_id", UUID.class)),
                row.getString("description"),
                OrganisationId.of(row.getObject("performer_id", UUID.class)),
                new Requester(requesterOrganisation == null ? null : OrganisationId.of(requesterOrganisation),
                        requesterDecision == null ? null : DecisionId.of(requesterDecision)),
                CommitmentState.valueOf(row.getString("state")),
                row.getObject("due_date", LocalDate.class),
                row.getObject("proposed_due_date", LocalDate.class),
                progress == null ? null : ProgressStatus.valueOf(progress),
                row.getString("progress_note"));
    }

    private record Row(CommitmentId commitmentId, String description, OrganisationId performer, Requester requester,
                       CommitmentState state, LocalDate dueDate, LocalDate proposedDueDate, ProgressStatus progress,
                       String progressNote) {

        /** Whether the performer is bound to it: the states in which it can be overdue. */
        boolean bound() {
            return state == PROMISED || state == COMPLETION_REPORTED;
        }

        FollowThroughItem item(LocalDate asOf) {
            Integer daysOverdue = bound() && dueDate.isBefore(asOf)
                    ? (int) ChronoUnit.DAYS.between(dueDate, asOf) : null;
            return new FollowThroughItem(commitmentId, description, performer, requester, state, dueDate,
                    proposedDueDate, daysOverdue, progress, progressNote);
        }
    }
}
