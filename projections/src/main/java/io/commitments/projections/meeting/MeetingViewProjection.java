package io.commitments.projections.meeting;

import io.commitments.core.api.decision.DecisionId;
import io.commitments.core.api.meeting.Attendance;
import io.commitments.core.api.meeting.AttendanceStatus;
import io.commitments.core.api.meeting.FindMeetingQuery;
import io.commitments.core.api.meeting.FindProposalMeetingQuery;
import io.commitments.core.api.meeting.MeetingClosedEvent;
import io.commitments.core.api.meeting.MeetingId;
import io.commitments.core.api.meeting.MeetingOpenedEvent;
import io.commitments.core.api.meeting.MeetingQuorum;
import io.commitments.core.api.meeting.MeetingScheduledEvent;
import io.commitments.core.api.meeting.MeetingState;
import io.commitments.core.api.meeting.MeetingSummary;
import io.commitments.core.api.meeting.FindPartnershipMeetingsQuery;
import io.commitments.core.api.meeting.MeetingView;
import io.commitments.core.api.meeting.Position;
import io.commitments.core.api.meeting.PositionRecordedEvent;
import io.commitments.core.api.meeting.PositionTaken;
import io.commitments.core.api.meeting.ProposalClosedEvent;
import io.commitments.core.api.meeting.ProposalId;
import io.commitments.core.api.meeting.ProposalOutcome;
import io.commitments.core.api.meeting.ProposalTabledEvent;
import io.commitments.core.api.meeting.ProposalView;
import io.commitments.core.api.meeting.RecordedPosition;
import io.commitments.core.api.partnership.DecisionRule;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * One meeting as {@code GET /api/meetings/{mid}} shows it. Every event it reads is the meeting's own, so they
 * arrive in order; positions are kept as a numbered history and an organisation's latest one is its current
 * position.
 */
@Component
@ProcessingGroup(MeetingViewProjection.PROCESSING_GROUP)
public class MeetingViewProjection {

    public static final String PROCESSING_GROUP = "meeting-view";

    private final ViewTables tables;

    public MeetingViewProjection(ViewTables tables) {
        this.tables = tables;
    }

    @EventHandler
    void on(MeetingScheduledEvent event) {
        tables.write("""
                        INSERT INTO meeting_view (meeting_id, partnership_id, title, scheduled_for, decision_rule,
                                                  quorum, state)
                        VALUES (:id, :partnership, :title, :scheduledFor, :rule, :quorum, :state)""")
                .param("id", event.meetingId().value())
                .param("partnership", event.partnershipId().value())
                .param("title", event.title())
                .param("scheduledFor", timestamp(event.scheduledFor()))
                .param("rule", event.decisionRule().name())
                .param("quorum", event.quorum())
                .param("state", MeetingState.SCHEDULED.name())
                .update();
        List<String> agenda = event.agenda() == null ? List.of() : event.agenda();
        for (int i = 0; i < agenda.size(); i++) {
            tables.write("INSERT INTO meeting_view_agenda_item (meeting_id, item_no, text) VALUES (:id, :no, :text)")
                    .param("id", event.meetingId().value())
                    .param("no", i + 1)
                    .param("text", agenda.get(i))
                    .update();
        }
    }

    @EventHandler
    void on(MeetingOpenedEvent event, @Timestamp Instant openedAt) {
        tables.write("""
                        UPDATE meeting_view
                        SET state = :state, present = :present, quorum = :quorum, quorum_met = :met,
                            opened_at = :openedAt
                        WHERE meeting_id = :id""")
                .param("state", MeetingState.OPEN.name())
                .param("present", event.present())
                .param("quorum", event.quorum())
                .param("met", event.quorumMet())
                .param("openedAt", timestamp(openedAt))
                .param("id", event.meetingId().value())
                .update();
        List<Attendance> attendance = event.attendance();
        for (int i = 0; i < attendance.size(); i++) {
            tables.write("""
                            INSERT INTO meeting_view_attendance (meeting_id, organisation_id, listed_no, status)
                            VALUES (:id, :organisation, :no, :status)""")
                    .param("id", event.meetingId().value())
                    .param("organisation", attendance.get(i).organisationId().value())
                    .param("no", i + 1)
                    .param("status", attendance.get(i).status().name())
                    .update();
        }
    }

    @EventHandler
    void on(ProposalTabledEvent event, @Timestamp Instant tabledAt) {
        tables.write("""
                        INSERT INTO meeting_view_proposal (proposal_id, meeting_id, tabled_no, title, text,
                                                           serves_outcome, tabled_at)
                        SELECT :proposal, :meeting, COUNT(*) + 1, :title, :text, :outcome, :tabledAt
                        FROM meeting_view_proposal WHERE meeting_id = :meeting""")
                .param("proposal", event.proposalId().value())
                .param("meeting", event.meetingId().value())
                .param("title", event.title())
                .param("text", event.text())
                .param("outcome", event.outcome() == null ? null : event.outcome().value())
                .param("tabledAt", timestamp(tabledAt))
                .update();
    }

    @EventHandler
    void on(PositionRecordedEvent event, @Timestamp Instant recordedAt) {
        tables.write("""
                        INSERT INTO meeting_view_position (proposal_id, entry_no, organisation_id, position, reason,
                                                           recorded_at)
                        SELECT :proposal, COUNT(*) + 1, :organisation, :position, :reason, :recordedAt
                        FROM meeting_view_position WHERE proposal_id = :proposal""")
                .param("proposal", event.proposalId().value())
                .param("organisation", event.organisationId().value())
                .param("position", event.position().name())
                .param("reason", event.reason())
                .param("recordedAt", timestamp(recordedAt))
                .update();
    }

    @EventHandler
    void on(ProposalClosedEvent event, @Timestamp Instant closedAt) {
        tables.write("""
                        UPDATE meeting_view_proposal SET outcome = :outcome, decision_id = :decision,
                                                         closed_at = :closedAt
                        WHERE proposal_id = :proposal""")
                .param("outcome", event.outcome().name())
                .param("decision", event.decisionId() == null ? null : event.decisionId().value())
                .param("closedAt", timestamp(closedAt))
                .param("proposal", event.proposalId().value())
                .update();
    }

    @EventHandler
    void on(MeetingClosedEvent event, @Timestamp Instant closedAt) {
        tables.write("UPDATE meeting_view SET state = :state, minutes = :minutes, closed_at = :closedAt WHERE meeting_id = :id")
                .param("state", MeetingState.CLOSED.name())
                .param("minutes", event.minutes())
                .param("closedAt", timestamp(closedAt))
                .param("id", event.meetingId().value())
                .update();
    }

    @ResetHandler
    void reset() {
        tables.write("DELETE FROM meeting_view_position").update();
        tables.write("DELETE FROM meeting_view_proposal").update();
        tables.write("DELETE FROM meeting_view_attendance").update();
        tables.write("DELETE FROM meeting_view_agenda_item").update();
        tables.write("DELETE FROM meeting_view").update();
    }

    @QueryHandler
    Optional<MeetingView> handle(FindMeetingQuery query) {
        UUID id = query.meetingId().value();
        return tables.read("SELECT * FROM meeting_view WHERE meeting_id = :id")
                .param("id", id)
                .query(MeetingViewProjection::meeting)
                .optional()
                .map(meeting -> new MeetingView(meeting.meetingId(), meeting.partnershipId(), meeting.title(),
                        meeting.scheduledFor(), agenda(id), meeting.decisionRule(), meeting.state(), attendance(id),
                        meeting.quorum(), proposals(id), meeting.openedAt(), meeting.minutes(), meeting.closedAt()));
    }

    @QueryHandler
    Optional<MeetingId> handle(FindProposalMeetingQuery query) {
        return tables.read("SELECT meeting_id FROM meeting_view_proposal WHERE proposal_id = :id")
                .param("id", query.proposalId().value())
                .query(UUID.class)
                .optional()
                .map(MeetingId::of);
    }

    private List<String> agenda(UUID meeting) {
        return tables.read("SELECT text FROM meeting_view_agenda_item WHERE meeting_id = :id ORDER BY item_no")
                .param("id", meeting)
                .query(String.class)
                .list();
    }

    private List<Attendance> attendance(UUID meeting) {
        return tables.read("""
                        SELECT organisation_id, status FROM meeting_view_attendance
                        WHERE meeting_id = :id ORDER BY listed_no""")
                .param("id", meeting)
                .query((row, n) -> new Attendance(OrganisationId.of(row.getObject("organisation_id", UUID.class)),
                        AttendanceStatus.valueOf(row.getString("status"))))
                .list();
    }

    private List<ProposalView> proposals(UUID meeting) {
        Map<UUID, List<PositionTaken>> histories = histories(meeting);
        return tables.read("SELECT * FROM meeting_view_proposal WHERE meeting_id = :id ORDER BY tabled_no")
                .param("id", meeting)
                .query((row, n) -> {
                    UUID proposal = row.getObject("proposal_id", UUID.class);
                    List<PositionTaken> history = histories.getOrDefault(proposal, List.of());
                    return new ProposalView(
                            ProposalId.of(proposal),
                            row.getString("title"),
                            row.getString("text"),
                            nullable(row, "serves_outcome", OutcomeId::of),
                            instant(row, "tabled_at"),
                            current(history),
                            history,
                            row.getString("outcome") == null ? null : ProposalOutcome.valueOf(row.getString("outcome")),
                            nullable(row, "decision_id", DecisionId::of),
                            instant(row, "closed_at"));
                })
                .list();
    }

    /** Every position recorded in the meeting, per proposal in order, each marked current if it is the latest. */
    private Map<UUID, List<PositionTaken>> histories(UUID meeting) {
        record Entry(UUID proposal, OrganisationId organisation, Position position, String reason, Instant at) {
        }
        List<Entry> entries = tables.read("""
                        SELECT p.proposal_id, p.organisation_id, p.position, p.reason, p.recorded_at
                        FROM meeting_view_position p
                        JOIN meeting_view_proposal pr ON pr.proposal_id = p.proposal_id
                        WHERE pr.meeting_id = :id
                        ORDER BY p.proposal_id, p.entry_no""")
                .param("id", meeting)
                .query((row, n) -> new Entry(row.getObject("proposal_id", UUID.class),
                        OrganisationId.of(row.getObject("organisation_id", UUID.class)),
                        Position.valueOf(row.getString("position")),
                        row.getString("reason"),
                        instant(row, "recorded_at")))
                .list();
        Map<UUID, Map<OrganisationId, Integer>> latest = new LinkedHashMap<>();
        Map<UUID, List<Entry>> byProposal = new LinkedHashMap<>();
        for (Entry entry : entries) {
            List<Entry> list = byProposal.computeIfAbsent(entry.proposal(), p -> new ArrayList<>());
            latest.computeIfAbsent(entry.proposal(), p -> new LinkedHashMap<>()).put(entry.organisation(), list.size());
            list.add(entry);
        }
        Map<UUID, List<PositionTaken>> histories = new LinkedHashMap<>();
        byProposal.forEach((proposal, list) -> {
            Map<OrganisationId, Integer> latestIndex = latest.get(proposal);
            List<PositionTaken> history = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Entry entry = list.get(i);
                history.add(new PositionTaken(entry.organisation(), entry.position(), entry.reason(), entry.at(),
                        latestIndex.get(entry.organisation()) == i));
            }
            histories.put(proposal, List.copyOf(history));
        });
        return histories;
    }

    /** The current positions, in the order organisations first spoke (as the meeting counts them). */
    private static List<RecordedPosition> current(List<PositionTaken> history) {
        Map<OrganisationId, RecordedPosition> positions = new LinkedHashMap<>();
        history.forEach(taken -> positions.put(taken.organisationId(),
                new RecordedPosition(taken.organisationId(), taken.position(), taken.reason())));
        return List.copyOf(positions.values());
    }

    @QueryHandler
    List<MeetingSummary> handle(FindPartnershipMeetingsQuery query) {
        return tables.read("SELECT * FROM meeting_view WHERE partnership_id = :id ORDER BY scheduled_for DESC, meeting_id")
                .param("id", query.partnershipId().value())
                .query(MeetingViewProjection::meeting)
                .list().stream()
                .map(meeting -> new MeetingSummary(meeting.meetingId(), meeting.partnershipId(), meeting.title(),
                        meeting.scheduledFor(), meeting.state(), meeting.quorum()))
                .toList();
    }

    /** The meeting's own row, its lists left empty for the caller to fill. */
    private static MeetingView meeting(ResultSet row, int rowNumber) throws SQLException {
        int present = row.getInt("present");
        Integer presentOrNull = row.wasNull() ? null : present;
        boolean met = row.getBoolean("quorum_met");
        Boolean metOrNull = row.wasNull() ? null : met;
        return new MeetingView(
                MeetingId.of(row.getObject("meeting_id", UUID.class)),
                PartnershipId.of(row.getObject("partnership_id", UUID.class)),
                row.getString("title"),
                instant(row, "scheduled_for"),
                List.of(),
                DecisionRule.valueOf(row.getString("decision_rule")),
                MeetingState.valueOf(row.getString("state")),
                List.of(),
                new MeetingQuorum(row.getInt("quorum"), presentOrNull, metOrNull),
                List.of(),
                instant(row, "opened_at"),
                row.getString("minutes"),
                instant(row, "closed_at"));
    }

    private static java.sql.Timestamp timestamp(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        java.sql.Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static <T> T nullable(ResultSet row, String column, Function<UUID, T> type) throws SQLException {
        UUID value = row.getObject(column, UUID.class);
        return value == null ? null : type.apply(value);
    }
}
