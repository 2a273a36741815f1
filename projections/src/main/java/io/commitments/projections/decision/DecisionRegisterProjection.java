package io.commitments.projections.decision;

import io.commitments.core.api.commitment.CommitmentCompletionReportedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferAcceptedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferCounteredEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferRejectedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferedEvent;
import io.commitments.core.api.commitment.CommitmentDeclinedEvent;
import io.commitments.core.api.commitment.CommitmentHandOverAcceptedEvent;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.CommitmentKeptEvent;
import io.commitments.core.api.commitment.CommitmentOverdueEvent;
import io.commitments.core.api.commitment.CommitmentPromisedEvent;
import io.commitments.core.api.commitment.CommitmentReleasedEvent;
import io.commitments.core.api.commitment.CommitmentRenegotiatedEvent;
import io.commitments.core.api.commitment.CommitmentRequestedEvent;
import io.commitments.core.api.commitment.CommitmentSatisfactionDeniedEvent;
import io.commitments.core.api.commitment.CommitmentState;
import io.commitments.core.api.commitment.CommitmentWithdrawnEvent;
import io.commitments.core.api.contest.ContestNoteAttachedEvent;
import io.commitments.core.api.contest.ContestNoteId;
import io.commitments.core.api.decision.DecisionAction;
import io.commitments.core.api.decision.DecisionActionRecordedEvent;
import io.commitments.core.api.decision.DecisionContestNote;
import io.commitments.core.api.decision.DecisionFollowThrough;
import io.commitments.core.api.decision.DecisionId;
import io.commitments.core.api.decision.DecisionRecordedEvent;
import io.commitments.core.api.decision.DecisionRegisterEntry;
import io.commitments.core.api.decision.DecisionRescindedEvent;
import io.commitments.core.api.decision.DecisionRescission;
import io.commitments.core.api.decision.DecisionStatus;
import io.commitments.core.api.decision.FindDecisionQuery;
import io.commitments.core.api.decision.FindDecisionRegisterQuery;
import io.commitments.core.api.meeting.MeetingId;
import io.commitments.core.api.meeting.MeetingScheduledEvent;
import io.commitments.core.api.meeting.Position;
import io.commitments.core.api.meeting.ProposalId;
import io.commitments.core.api.meeting.RecordedPosition;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.purpose.OutcomeId;
import io.commitments.projections.ViewTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A partnership's decision register behind {@code GET /api/partnerships/{pid}/decisions}: each decision with its
 * meeting, final positions (dissent shown), contest notes, rescission or supersession, and the follow-through of
 * its actions, tracked from the events of commitments whose requester is the decision.
 * <p>
 * A pooled processor may handle the decision's, the meeting's and the commitments' events in any order relative
 * to each other, so each table is written from one aggregate's events only and the register is joined when read.
 */
@Component
@ProcessingGroup(DecisionRegisterProjection.PROCESSING_GROUP)
public class DecisionRegisterProjection {

    public static final String PROCESSING_GROUP = "decision-register";

    private final ViewTables tables;

    public DecisionRegisterProjection(ViewTables tables) {
        this.tables = tables;
    }

    @EventHandler
    void on(DecisionRecordedEvent event, @Timestamp Instant recordedAt) {
        tables.write("""
                        INSERT INTO decision_register (decision_id, partnership_id, meeting_id, proposal_id, title, text,
                                                       serves_outcome, recorded_at)
                        VALUES (:id, :partnership, :meeting, :proposal, :title, :text, :outcome, :recordedAt)""")
                .param("id", event.decisionId().value())
                .param("partnership", event.partnershipId().value())
                .param("meeting", event.meetingId().value())
                .param("proposal", event.proposalId().value())
                .param("title", event.title())
                .param("text", event.text())
                .param("outcome", event.outcome() == null ? null : event.outcome().value())
                .param("recordedAt", timestamp(recordedAt))
                .update();
        List<RecordedPosition> positions = event.positions() == null ? List.of() : event.positions();
        for (int i = 0; i < positions.size(); i++) {
            RecordedPosition position = positions.get(i);
            tables.write("""
                            INSERT INTO decision_register_position (decision_id, position_no, organisation_id, position,
                                                                    reason)
                            VALUES (:id, :no, :organisation, :position, :reason)""")
                    .param("id", event.decisionId().value())
                    .param("no", i + 1)
                    .param("organisation", position.organisationId().value())
                    .param("position", position.position().name())
                    .param("reason", position.reason())
                    .update();
        }
    }

    @EventHandler
    void on(DecisionRescindedEvent event, @Timestamp Instant rescindedAt) {
        tables.write("""
                        UPDATE decision_register SET rescinded_at = :at, rescind_reason = :reason,
                                                     superseded_by = :successor
                        WHERE decision_id = :id""")
                .param("at", timestamp(rescindedAt))
                .param("reason", event.reason())
                .param("successor", event.supersededBy() == null ? null : event.supersededBy().value())
                .param("id", event.decisionId().value())
                .update();
    }

    @EventHandler
    void on(ContestNoteAttachedEvent event, @Timestamp Instant attachedAt) {
        if (event.contested() == null || event.contested().decisionId() == null) {
            return;
        }
        tables.write("""
                        INSERT INTO decision_register_contest (note_id, decision_id, organisation_id, note, attached_at)
                        VALUES (:id, :decision, :organisation, :note, :at)""")
                .param("id", event.noteId().value())
                .param("decision", event.contested().decisionId().value())
                .param("organisation", event.organisationId().value())
                .param("note", event.note())
                .param("at", timestamp(attachedAt))
                .update();
    }

    @EventHandler
    void on(DecisionActionRecordedEvent event, @Timestamp Instant recordedAt) {
        tables.write("""
                        INSERT INTO decision_register_action (commitment_id, decision_id, performer_id, description,
                                                              due_date, recorded_at)
                        VALUES (:id, :decision, :performer, :description, :due, :at)""")
                .param("id", event.commitmentId().value())
                .param("decision", event.decisionId().value())
                .param("performer", event.performerOrganisationId().value())
                .param("description", event.description())
                .param("due", event.dueDate())
                .param("at", timestamp(recordedAt))
                .update();
    }

    @EventHandler
    void on(MeetingScheduledEvent event) {
        tables.write("""
                        INSERT INTO decision_register_meeting (meeting_id, title, scheduled_for)
                        VALUES (:id, :title, :scheduledFor)""")
                .param("id", event.meetingId().value())
                .param("title", event.title())
                .param("scheduledFor", timestamp(event.scheduledFor()))
                .update();
    }

    @EventHandler
    void on(CommitmentRequestedEvent event, @Timestamp Instant requestedAt) {
        if (event.requester() == null || event.requester().decision() == null) {
            return;
        }
        tables.write("""
                        INSERT INTO decision_register_commitment (commitment_id, decision_id, partnership_id,
                                                                  performer_id, description, due_date, state, overdue,
                                                                  requested_at)
                        VALUES (:id, :decision, :partnership, :performer, :description, :due, :state, FALSE, :at)""")
                .param("id", event.commitmentId().value())
                .param("decision", event.requester().decision().value())
                .param("partnership", event.partnershipId().value())
                .param("performer", event.performer().value())
                .param("description", event.description())
                .param("due", event.dueDate())
                .param("state", CommitmentState.REQUESTED.name())
                .param("at", timestamp(requestedAt))
                .update();
    }

    @EventHandler
    void on(CommitmentPromisedEvent event) {
        state(event.commitmentId(), CommitmentState.PROMISED);
    }

    @EventHandler
    void on(CommitmentDeclinedEvent event) {
        state(event.commitmentId(), CommitmentState.DECLINED);
    }

    @EventHandler
    void on(CommitmentCounterOfferedEvent event) {
        state(event.commitmentId(), CommitmentState.COUNTERED);
    }

    @EventHandler
    void on(CommitmentCounterOfferAcceptedEvent event) {
        stateAndDueDate(event.commitmentId(), CommitmentState.PROMISED, event.dueDate());
    }

    @EventHandler
    void on(CommitmentCounterOfferCounteredEvent event) {
        stateAndDueDate(event.commitmentId(), CommitmentState.REQUESTED, event.dueDate());
    }

    @EventHandler
    void on(CommitmentCounterOfferRejectedEvent event) {
        state(event.commitmentId(), CommitmentState.DECLINED);
    }

    @EventHandler
    void on(CommitmentCompletionReportedEvent event) {
        state(event.commitmentId(), CommitmentState.COMPLETION_REPORTED);
    }

    @EventHandler
    void on(CommitmentSatisfactionDeniedEvent event) {
        state(event.commitmentId(), CommitmentState.PROMISED);
    }

    @EventHandler
    void on(CommitmentKeptEvent event) {
        tables.write("UPDATE decision_register_commitment SET state = :state, kept_on_time = :onTime WHERE commitment_id = :id")
                .param("state", CommitmentState.KEPT.name())
                .param("onTime", event.keptOnTime())
                .param("id", event.commitmentId().value())
                .update();
    }

    @EventHandler
    void on(CommitmentWithdrawnEvent event) {
        state(event.commitmentId(), CommitmentState.WITHDRAWN);
    }

    @EventHandler
    void on(CommitmentReleasedEvent event) {
        state(event.commitmentId(), CommitmentState.RELEASED);
    }

    @EventHandler
    void on(CommitmentOverdueEvent event) {
        tables.write("UPDATE decision_register_commitment SET overdue = TRUE WHERE commitment_id = :id")
                .param("id", event.commitmentId().value())
                .update();
    }

    @EventHandler
    void on(CommitmentRenegotiatedEvent event) {
        tables.write("""
                        UPDATE decision_register_commitment
                        SET due_date = :due, overdue = CASE WHEN :cleared THEN FALSE ELSE overdue END
                        WHERE commitment_id = :id""")
                .param("due", event.dueDate())
                .param("cleared", event.overdueCleared())
                .param("id", event.commitmentId().value())
                .update();
    }

    @EventHandler
    void on(CommitmentHandOverAcceptedEvent event) {
        tables.write("UPDATE decision_register_commitment SET performer_id = :performer WHERE commitment_id = :id")
                .param("performer", event.toOrganisation().value())
                .param("id", event.commitmentId().value())
                .update();
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("decision_register_commitment", "decision_register_meeting",
                "decision_register_action", "decision_register_contest", "decision_register_position",
                "decision_register")) {
            tables.write("DELETE FROM " + table).update();
        }
    }

    @QueryHandler
    List<DecisionRegisterEntry> handle(FindDecisionRegisterQuery query) {
        return register(query.partnershipId().value());
    }

    @QueryHandler
    Optional<DecisionRegisterEntry> handle(FindDecisionQuery query) {
        return tables.read("SELECT partnership_id FROM decision_register WHERE decision_id = :id")
                .param("id", query.decisionId().value())
                .query(UUID.class)
                .optional()
                .flatMap(partnership -> register(partnership).stream()
                        .filter(entry -> entry.decisionId().equals(query.decisionId()))
                        .findFirst());
    }

    private void state(CommitmentId commitment, CommitmentState state) {
        tables.write("UPDATE decision_register_commitment SET state = :state WHERE commitment_id = :id")
                .param("state", state.name())
                .param("id", commitment.value())
                .update();
    }

    private void stateAndDueDate(CommitmentId commitment, CommitmentState state, LocalDate dueDate) {
        tables.write("UPDATE decision_register_commitment SET state = :state, due_date = :due WHERE commitment_id = :id")
                .param("state", state.name())
                .param("due", dueDate)
                .param("id", commitment.value())
                .update();
    }

    /** The decision's own row, before its lists are joined in. */
    private record Decision(DecisionId decisionId, PartnershipId partnershipId, MeetingId meetingId,
                            String meetingTitle, Instant meetingScheduledFor, ProposalId proposalId, String title,
                            String text, OutcomeId servesOutcome, Instant recordedAt, DecisionRescission rescission) {
    }

    /** What the decision's action record and the commitment's own events say about one action. */
    private record ActionFacts(UUID decision, UUID commitment, UUID performer, String description, LocalDate dueDate,
                               CommitmentState state, boolean overdue, Boolean keptOnTime, Instant since) {
    }

    private List<DecisionRegisterEntry> register(UUID partnership) {
        List<Decision> decisions = tables.read("""
                        SELECT d.*, m.title AS meeting_title, m.scheduled_for AS meeting_scheduled_for
                        FROM decision_register d
                        LEFT JOIN decision_register_meeting m ON m.meeting_id = d.meeting_id
                        WHERE d.partnership_id = :partnership
                        ORDER BY d.recorded_at, d.decision_id""")
                .param("partnership", partnership)
                .query(DecisionRegisterProjection::decision)
                .list();
        Map<UUID, List<RecordedPosition>> positions = positions(partnership);
        Map<UUID, List<DecisionContestNote>> contests = contests(partnership);
        Map<UUID, List<DecisionAction>> actions = actions(partnership);
        List<DecisionRegisterEntry> register = new ArrayList<>();
        for (Decision decision : decisions) {
            UUID id = decision.decisionId().value();
            List<RecordedPosition> taken = positions.getOrDefault(id, List.of());
            List<DecisionAction> itsActions = actions.getOrDefault(id, List.of());
            List<DecisionId> supersedes = decisions.stream()
                    .filter(other -> other.rescission() != null
                            && decision.decisionId().equals(other.rescission().supersededBy()))
                    .map(Decision::decisionId)
                    .toList();
            register.add(new DecisionRegisterEntry(decision.decisionId(), decision.partnershipId(),
                    decision.meetingId(), decision.meetingTitle(), decision.meetingScheduledFor(),
                    decision.proposalId(), decision.title(), decision.text(), decision.servesOutcome(),
                    decision.recordedAt(), status(decision.rescission()), taken,
                    taken.stream().anyMatch(p -> p.position() == Position.DISAGREE || p.position() == Position.BLOCK),
                    contests.getOrDefault(id, List.of()), decision.rescission(), supersedes,
                    followThrough(itsActions), itsActions));
        }
        return List.copyOf(register);
    }

    private Map<UUID, List<RecordedPosition>> positions(UUID partnership) {
        Map<UUID, List<RecordedPosition>> positions = new LinkedHashMap<>();
        tables.read("""
                        SELECT p.* FROM decision_register_position p
                        JOIN decision_register d ON d.decision_id = p.decision_id
                        WHERE d.partnership_id = :partnership
                        ORDER BY p.decision_id, p.position_no""")
                .param("partnership", partnership)
                .query((row, n) -> {
                    positions.computeIfAbsent(row.getObject("decision_id", UUID.class), d -> new ArrayList<>())
                            .add(new RecordedPosition(OrganisationId.of(row.getObject("organisation_id", UUID.class)),
                                    Position.valueOf(row.getString("position")), row.getString("reason")));
                    return n;
                })
                .list();
        return positions;
    }

    private Map<UUID, List<DecisionContestNote>> contests(UUID partnership) {
        Map<UUID, List<DecisionContestNote>> contests = new LinkedHashMap<>();
        tables.read("""
                        SELECT c.* FROM decision_register_contest c
                        JOIN decision_register d ON d.decision_id = c.decision_id
                        WHERE d.partnership_id = :partnership
                        ORDER BY c.attached_at, c.note_id""")
                .param("partnership", partnership)
                .query((row, n) -> {
                    contests.computeIfAbsent(row.getObject("decision_id", UUID.class), d -> new ArrayList<>())
                            .add(new DecisionContestNote(ContestNoteId.of(row.getObject("note_id", UUID.class)),
                                    OrganisationId.of(row.getObject("organisation_id", UUID.class)),
                                    row.getString("note"), instant(row, "attached_at")));
                    return n;
                })
                .list();
        return contests;
    }

    /**
     * Each decision's actions: the commitments its action records name and those whose requester names it, the
     * commitment's own events winning where both speak (current performer, due date, state). An action recorded
     * before its commitment's events are handled shows as requested: both are stored in one transaction.
     */
    private Map<UUID, List<DecisionAction>> actions(UUID partnership) {
        Map<UUID, ActionFacts> facts = new LinkedHashMap<>();
        tables.read("""
                        SELECT a.* FROM decision_register_action a
                        JOIN decision_register d ON d.decision_id = a.decision_id
                        WHERE d.partnership_id = :partnership""")
                .param("partnership", partnership)
                .query((row, n) -> new ActionFacts(row.getObject("decision_id", UUID.class),
                        row.getObject("commitment_id", UUID.class), row.getObject("performer_id", UUID.class),
                        row.getString("description"), row.getObject("due_date", LocalDate.class),
                        CommitmentState.REQUESTED, false, null, instant(row, "recorded_at")))
                .list()
                .forEach(action -> facts.put(action.commitment(), action));
        tables.read("SELECT * FROM decision_register_commitment WHERE partnership_id = :partnership")
                .param("partnership", partnership)
                .query((row, n) -> {
                    boolean onTime = row.getBoolean("kept_on_time");
                    Boolean keptOnTime = row.wasNull() ? null : onTime;
                    return new ActionFacts(row.getObject("decision_id", UUID.class),
                            row.getObject("commitment_id", UUID.class), row.getObject("performer_id", UUID.class),
                            row.getString("description"), row.getObject("due_date", LocalDate.class),
                            CommitmentState.valueOf(row.getString("state")), row.getBoolean("overdue"),
                            keptOnTime, instant(row, "requested_at"));
                })
                .list()
                .forEach(commitment -> facts.merge(commitment.commitment(), commitment,
                        (recorded, own) -> new ActionFacts(recorded.decision(), own.commitment(), own.performer(),
                                own.description(), own.dueDate(), own.state(), own.overdue(), own.keptOnTime(),
                                recorded.since())));
        Map<UUID, List<DecisionAction>> actions = new LinkedHashMap<>();
        facts.values().stream()
                .sorted(Comparator.comparing(ActionFacts::since).thenComparing(ActionFacts::commitment))
                .forEach(action -> actions.computeIfAbsent(action.decision(), d -> new ArrayList<>())
                        .add(new DecisionAction(CommitmentId.of(action.commitment()),
                                OrganisationId.of(action.performer()), action.description(), action.dueDate(),
                                action.state(), action.overdue() && action.state().isOpen(), action.keptOnTime())));
        return actions;
    }

    private static DecisionFollowThrough followThrough(List<DecisionAction> actions) {
        int kept = 0;
        int open = 0;
        int overdue = 0;
        int withdrawn = 0;
        int released = 0;
        int declined = 0;
        for (DecisionAction action : actions) {
            switch (action.state()) {
                case KEPT -> kept++;
                case WITHDRAWN -> withdrawn++;
                case RELEASED -> released++;
                case DECLINED -> declined++;
                default -> open++;
            }
            if (action.overdue()) {
                overdue++;
            }
        }
        return new DecisionFollowThrough(actions.size(), kept, open, overdue, withdrawn, released, declined);
    }

    private static DecisionStatus status(DecisionRescission rescission) {
        if (rescission == null) {
            return DecisionStatus.IN_FORCE;
        }
        return rescission.supersededBy() == null ? DecisionStatus.RESCINDED : DecisionStatus.SUPERSEDED;
    }

    private static Decision decision(ResultSet row, int rowNumber) throws SQLException {
        Instant rescindedAt = instant(row, "rescinded_at");
        UUID successor = row.getObject("superseded_by", UUID.class);
        UUID outcome = row.getObject("serves_outcome", UUID.class);
        return new Decision(
                DecisionId.of(row.getObject("decision_id", UUID.class)),
                PartnershipId.of(row.getObject("partnership_id", UUID.class)),
                MeetingId.of(row.getObject("meeting_id", UUID.class)),
                row.getString("meeting_title"),
                instant(row, "meeting_scheduled_for"),
                ProposalId.of(row.getObject("proposal_id", UUID.class)),
                row.getString("title"),
                row.getString("text"),
                outcome == null ? null : OutcomeId.of(outcome),
                instant(row, "recorded_at"),
                rescindedAt == null ? null : new DecisionRescission(row.getString("rescind_reason"),
                        successor == null ? null : DecisionId.of(successor), rescindedAt));
    }

    private static java.sql.Timestamp timestamp(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        java.sql.Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
