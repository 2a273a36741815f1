package io.commitments.projections.partnership;

import io.commitments.core.api.commitment.CommitmentCompletionReportedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferAcceptedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferCounteredEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferRejectedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferedEvent;
import io.commitments.core.api.commitment.CommitmentDeclinedEvent;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.CommitmentKeptEvent;
import io.commitments.core.api.commitment.CommitmentOfferAcceptedEvent;
import io.commitments.core.api.commitment.CommitmentOfferedEvent;
import io.commitments.core.api.commitment.CommitmentOverdueEvent;
import io.commitments.core.api.commitment.CommitmentPromisedEvent;
import io.commitments.core.api.commitment.CommitmentReleasedEvent;
import io.commitments.core.api.commitment.CommitmentRenegotiatedEvent;
import io.commitments.core.api.commitment.CommitmentRequestedEvent;
import io.commitments.core.api.commitment.CommitmentSatisfactionDeniedEvent;
import io.commitments.core.api.commitment.CommitmentState;
import io.commitments.core.api.commitment.CommitmentWithdrawnEvent;
import io.commitments.core.api.decision.DecisionRecordedEvent;
import io.commitments.core.api.decision.DecisionRescindedEvent;
import io.commitments.core.api.meeting.Attendance;
import io.commitments.core.api.meeting.AttendanceStatus;
import io.commitments.core.api.meeting.MeetingOpenedEvent;
import io.commitments.core.api.meeting.MeetingScheduledEvent;
import io.commitments.core.api.partnership.CoordinatorAppointedEvent;
import io.commitments.core.api.partnership.CoordinatorAppointment;
import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.api.partnership.FindPartnershipOverviewQuery;
import io.commitments.core.api.partnership.FindPartnershipQuery;
import io.commitments.core.api.partnership.FindPartnershipsQuery;
import io.commitments.core.api.partnership.MemberAttendance;
import io.commitments.core.api.partnership.Membership;
import io.commitments.core.api.partnership.OrganisationJoinedPartnershipEvent;
import io.commitments.core.api.partnership.OrganisationWithdrewFromPartnershipEvent;
import io.commitments.core.api.partnership.PartnershipCounts;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.PartnershipOverview;
import io.commitments.core.api.partnership.PartnershipRegisteredEvent;
import io.commitments.core.api.partnership.PartnershipSummary;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.core.api.purpose.FindSharedPurposeQuery;
import io.commitments.core.api.purpose.OutcomeCoverage;
import io.commitments.core.api.purpose.OutcomeId;
import io.commitments.core.api.purpose.PurposeAdoptedEvent;
import io.commitments.core.api.purpose.PurposeEndorsedEvent;
import io.commitments.core.api.purpose.PurposeEndorsement;
import io.commitments.core.api.purpose.PurposeOutcome;
import io.commitments.core.api.purpose.PurposeProposedEvent;
import io.commitments.core.api.purpose.PurposeStatus;
import io.commitments.core.api.purpose.PurposeVersion;
import io.commitments.core.api.purpose.SharedPurposeView;
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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The partnerships there are, with their rule and quorum (the list behind {@code GET /api/partnerships}), and each
 * one's overview behind {@code GET /api/partnerships/{pid}} and {@code GET /api/partnerships/{pid}/purpose}:
 * memberships current and withdrawn, coordinators, every version of the shared purpose with its endorsements,
 * counts, what serves each outcome of the adopted purpose, and attendance per organisation.
 * <p>
 * A pooled processor may handle the partnership's, meetings', decisions' and commitments' events in any order
 * relative to each other, so each table is written from one aggregate's events only (keeping the small facts it
 * needs about meetings, decisions and commitments) and the overview is put together when it is read.
 */
@Component
@ProcessingGroup(PartnershipOverviewProjection.PROCESSING_GROUP)
public class PartnershipOverviewProjection {

    public static final String PROCESSING_GROUP = "partnership-overview";

    /** The open commitment states as an SQL list, from {@link CommitmentState#isOpen()}. */
    private static final String OPEN_STATES = String.join(", ", Arrays.stream(CommitmentState.values())
            .filter(CommitmentState::isOpen)
            .map(state -> "'" + state.name() + "'")
            .toList());

    private final ViewTables tables;

    public PartnershipOverviewProjection(ViewTables tables) {
        this.tables = tables;
    }

    @EventHandler
    void on(PartnershipRegisteredEvent event, @Timestamp Instant registeredAt) {
        tables.write("""
                        INSERT INTO partnership_overview (partnership_id, name, decision_rule, quorum, registered_at)
                        VALUES (:id, :name, :rule, :quorum, :registeredAt)""")
                .param("id", event.partnershipId().value())
                .param("name", event.name())
                .param("rule", event.decisionRule().name())
                .param("quorum", event.quorum())
                .param("registeredAt", java.sql.Timestamp.from(registeredAt))
                .update();
    }

    @EventHandler
    void on(OrganisationJoinedPartnershipEvent event, @Timestamp Instant joinedAt) {
        tables.write("""
                        INSERT INTO partnership_membership (partnership_id, organisation_id, membership_no, joined_at)
                        SELECT :partnership, :organisation, COUNT(*) + 1, :joinedAt
                        FROM partnership_membership WHERE partnership_id = :partnership AND organisation_id = :organisation""")
                .param("partnership", event.partnershipId().value())
                .param("organisation", event.organisationId().value())
                .param("joinedAt", timestamp(joinedAt))
                .update();
    }

    @EventHandler
    void on(OrganisationWithdrewFromPartnershipEvent event, @Timestamp Instant withdrawnAt) {
        tables.write("""
                        UPDATE partnership_membership SET withdrawn_at = :at, withdrawal_reason = :reason
                        WHERE partnership_id = :partnership AND organisation_id = :organisation AND withdrawn_at IS NULL""")
                .param("at", timestamp(withdrawnAt))
                .param("reason", event.reason())
                .param("partnership", event.partnershipId().value())
                .param("organisation", event.organisationId().value())
                .update();
        tables.write("""
                        UPDATE partnership_purpose_endorsement SET lapsed_at = :at
                        WHERE partnership_id = :partnership AND organisation_id = :organisation AND lapsed_at IS NULL""")
                .param("at", timestamp(withdrawnAt))
                .param("partnership", event.partnershipId().value())
                .param("organisation", event.organisationId().value())
                .update();
    }

    @EventHandler
    void on(CoordinatorAppointedEvent event, @Timestamp Instant appointedAt) {
        tables.write("""
                        INSERT INTO partnership_coordinator (partnership_id, person_id, appointed_at)
                        VALUES (:partnership, :person, :at)""")
                .param("partnership", event.partnershipId().value())
                .param("person", event.personId().value())
                .param("at", timestamp(appointedAt))
                .update();
    }

    @EventHandler
    void on(PurposeProposedEvent event, @Timestamp Instant proposedAt) {
        tables.write("""
                        INSERT INTO partnership_purpose (partnership_id, version, statement, status, proposed_by_person,
                                                         proposed_by_org, proposed_at)
                        VALUES (:partnership, :version, :statement, :status, :person, :organisation, :at)""")
                .param("partnership", event.partnershipId().value())
                .param("version", event.version())
                .param("statement", event.statement())
                .param("status", PurposeStatus.PENDING.name())
                .param("person", event.actor().person().value())
                .param("organisation", event.actor().organisation() == null ? null
                        : event.actor().organisation().value())
                .param("at", timestamp(proposedAt))
                .update();
        List<PurposeOutcome> outcomes = event.outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            tables.write("""
                            INSERT INTO partnership_purpose_outcome (partnership_id, version, outcome_no, outcome_id, text)
                            VALUES (:partnership, :version, :no, :outcome, :text)""")
                    .param("partnership", event.partnershipId().value())
                    .param("version", event.version())
                    .param("no", i + 1)
                    .param("outcome", outcomes.get(i).outcomeId().value())
                    .param("text", outcomes.get(i).text())
                    .update();
        }
    }

    @EventHandler
    void on(PurposeEndorsedEvent event, @Timestamp Instant endorsedAt) {
        tables.write("""
                        INSERT INTO partnership_purpose_endorsement (partnership_id, version, endorsement_no,
                                                                     organisation_id, endorsed_at)
                        SELECT :partnership, :version, COUNT(*) + 1, :organisation, :at
                        FROM partnership_purpose_endorsement WHERE partnership_id = :partnership AND version = :version""")
                .param("partnership", event.partnershipId().value())
                .param("version", event.version())
                .param("organisation", event.organisationId().value())
                .param("at", timestamp(endorsedAt))
                .update();
    }

    @EventHandler
    void on(PurposeAdoptedEvent event, @Timestamp Instant adoptedAt) {
        tables.write("""
                        UPDATE partnership_purpose SET status = :superseded
                        WHERE partnership_id = :partnership AND version < :version""")
                .param("superseded", PurposeStatus.SUPERSEDED.name())
                .param("partnership", event.partnershipId().value())
                .param("version", event.version())
                .update();
        tables.write("""
                        UPDATE partnership_purpose SET status = :adopted, adopted_at = :at, replaced_version = :replaced
                        WHERE partnership_id = :partnership AND version = :version""")
                .param("adopted", PurposeStatus.ADOPTED.name())
                .param("at", timestamp(adoptedAt))
                .param("replaced", event.replacedVersion())
                .param("partnership", event.partnershipId().value())
                .param("version", event.version())
                .update();
    }

    @EventHandler
    void on(MeetingScheduledEvent event) {
        tables.write("INSERT INTO partnership_meeting (meeting_id, partnership_id) VALUES (:meeting, :partnership)")
                .param("meeting", event.meetingId().value())
                .param("partnership", event.partnershipId().value())
                .update();
    }

    @EventHandler
    void on(MeetingOpenedEvent event) {
        for (Attendance attendance : event.attendance()) {
            tables.write("""
                            INSERT INTO partnership_attendance (meeting_id, organisation_id, partnership_id, status)
                            VALUES (:meeting, :organisation, :partnership, :status)""")
                    .param("meeting", event.meetingId().value())
                    .param("organisation", attendance.organisationId().value())
                    .param("partnership", event.partnershipId().value())
                    .param("status", attendance.status().name())
                    .update();
        }
    }

    @EventHandler
    void on(DecisionRecordedEvent event) {
        tables.write("""
                        INSERT INTO partnership_decision (decision_id, partnership_id, serves_outcome, in_force)
                        VALUES (:decision, :partnership, :outcome, TRUE)""")
                .param("decision", event.decisionId().value())
                .param("partnership", event.partnershipId().value())
                .param("outcome", event.outcome() == null ? null : event.outcome().value())
                .update();
    }

    @EventHandler
    void on(DecisionRescindedEvent event) {
        tables.write("UPDATE partnership_decision SET in_force = FALSE WHERE decision_id = :decision")
                .param("decision", event.decisionId().value())
                .update();
    }

    @EventHandler
    void on(CommitmentRequestedEvent event) {
        commitment(event.commitmentId(), event.partnershipId(), event.outcome(), CommitmentState.REQUESTED);
    }

    @EventHandler
    void on(CommitmentOfferedEvent event) {
        commitment(event.commitmentId(), event.partnershipId(), event.outcome(), CommitmentState.OFFERED);
    }

    @EventHandler
    void on(CommitmentOfferAcceptedEvent event) {
        state(event.commitmentId(), CommitmentState.PROMISED);
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
        state(event.commitmentId(), CommitmentState.PROMISED);
    }

    @EventHandler
    void on(CommitmentCounterOfferCounteredEvent event) {
        state(event.commitmentId(), CommitmentState.REQUESTED);
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
        state(event.commitmentId(), CommitmentState.KEPT);
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
        tables.write("UPDATE partnership_commitment SET overdue = TRUE WHERE commitment_id = :id")
                .param("id", event.commitmentId().value())
                .update();
    }

    @EventHandler
    void on(CommitmentRenegotiatedEvent event) {
        if (event.overdueCleared()) {
            tables.write("UPDATE partnership_commitment SET overdue = FALSE WHERE commitment_id = :id")
                    .param("id", event.commitmentId().value())
                    .update();
        }
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("partnership_commitment", "partnership_decision", "partnership_attendance",
                "partnership_meeting", "partnership_purpose_endorsement", "partnership_purpose_outcome",
                "partnership_purpose", "partnership_coordinator", "partnership_membership", "partnership_overview")) {
            tables.write("DELETE FROM " + table).update();
        }
    }

    @QueryHandler
    List<PartnershipSummary> handle(FindPartnershipsQuery query) {
        return tables.read("SELECT * FROM partnership_overview ORDER BY name, partnership_id")
                .query(PartnershipOverviewProjection::summary)
                .list();
    }

    @QueryHandler
    Optional<PartnershipSummary> handle(FindPartnershipQuery query) {
        return tables.read("SELECT * FROM partnership_overview WHERE partnership_id = :id")
                .param("id", query.partnershipId().value())
                .query(PartnershipOverviewProjection::summary)
                .optional();
    }

    @QueryHandler
    Optional<PartnershipOverview> handle(FindPartnershipOverviewQuery query) {
        UUID partnership = query.partnershipId().value();
        return handle(new FindPartnershipQuery(query.partnershipId())).map(summary -> {
            List<Membership> members = memberships(partnership);
            Set<OrganisationId> current = currentMembers(members);
            PurposeVersion adopted = purposeVersions(partnership, current).stream()
                    .filter(version -> version.status() == PurposeStatus.ADOPTED)
                    .findFirst()
                    .orElse(null);
            return new PartnershipOverview(summary, members, coordinators(partnership), adopted,
                    counts(partnership, members), coverage(partnership, adopted), attendance(partnership, members));
        });
    }

    @QueryHandler
    Optional<SharedPurposeView> handle(FindSharedPurposeQuery query) {
        UUID partnership = query.partnershipId().value();
        return handle(new FindPartnershipQuery(query.partnershipId())).map(summary -> {
            List<PurposeVersion> versions = purposeVersions(partnership, currentMembers(memberships(partnership)));
            return new SharedPurposeView(query.partnershipId(),
                    versions.stream().filter(v -> v.status() == PurposeStatus.ADOPTED).findFirst().orElse(null),
                    versions.stream().filter(v -> v.status() == PurposeStatus.PENDING).toList(),
                    versions.stream().filter(v -> v.status() == PurposeStatus.SUPERSEDED).toList());
        });
    }

    private void commitment(CommitmentId commitment, PartnershipId partnership, String outcome, CommitmentState state) {
        tables.write("""
                        INSERT INTO partnership_commitment (commitment_id, partnership_id, outcome, state, overdue)
                        VALUES (:id, :partnership, :outcome, :state, FALSE)""")
                .param("id", commitment.value())
                .param("partnership", partnership.value())
                .param("outcome", canonicalOutcome(outcome))
                .param("state", state.name())
                .update();
    }

    private void state(CommitmentId commitment, CommitmentState state) {
        tables.write("UPDATE partnership_commitment SET state = :state WHERE commitment_id = :id")
                .param("state", state.name())
                .param("id", commitment.value())
                .update();
    }

    /** A commitment names the outcome it serves as text; an outcome id in any letter case is stored as one form. */
    private static String canonicalOutcome(String outcome) {
        if (outcome == null || outcome.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(outcome.strip()).toString();
        } catch (IllegalArgumentException notAnOutcomeId) {
            return outcome.strip();
        }
    }

    private List<Membership> memberships(UUID partnership) {
        return tables.read("""
                        SELECT * FROM partnership_membership WHERE partnership_id = :partnership
                        ORDER BY joined_at, organisation_id, membership_no""")
                .param("partnership", partnership)
                .query((row, n) -> {
                    Instant withdrawnAt = instant(row, "withdrawn_at");
                    return new Membership(OrganisationId.of(row.getObject("organisation_id", UUID.class)),
                            instant(row, "joined_at"), withdrawnAt == null, withdrawnAt,
                            row.getString("withdrawal_reason"));
                })
                .list();
    }

    private static Set<OrganisationId> currentMembers(List<Membership> members) {
        Set<OrganisationId> current = new LinkedHashSet<>();
        members.stream().filter(Membership::current).forEach(m -> current.add(m.organisationId()));
        return current;
    }

    private List<CoordinatorAppointment> coordinators(UUID partnership) {
        return tables.read("""
                        SELECT person_id, appointed_at FROM partnership_coordinator WHERE partnership_id = :partnership
                        ORDER BY appointed_at, person_id""")
                .param("partnership", partnership)
                .query((row, n) -> new CoordinatorAppointment(PersonId.of(row.getObject("person_id", UUID.class)),
                        instant(row, "appointed_at")))
                .list();
    }

    /** Every version of the purpose, oldest first; a version not yet superseded awaits current members' say. */
    private List<PurposeVersion> purposeVersions(UUID partnership, Set<OrganisationId> currentMembers) {
        Map<Integer, List<PurposeOutcome>> outcomes = new LinkedHashMap<>();
        tables.read("""
                        SELECT version, outcome_id, text FROM partnership_purpose_outcome
                        WHERE partnership_id = :partnership ORDER BY version, outcome_no""")
                .param("partnership", partnership)
                .query((row, n) -> outcomes.computeIfAbsent(row.getInt("version"), v -> new ArrayList<>())
                        .add(new PurposeOutcome(OutcomeId.of(row.getObject("outcome_id", UUID.class)),
                                row.getString("text"))))
                .list();
        Map<Integer, List<PurposeEndorsement>> endorsements = new LinkedHashMap<>();
        tables.read("""
                        SELECT version, organisation_id, endorsed_at, lapsed_at FROM partnership_purpose_endorsement
                        WHERE partnership_id = :partnership ORDER BY version, endorsement_no""")
                .param("partnership", partnership)
                .query((row, n) -> endorsements.computeIfAbsent(row.getInt("version"), v -> new ArrayList<>())
                        .add(new PurposeEndorsement(OrganisationId.of(row.getObject("organisation_id", UUID.class)),
                                instant(row, "endorsed_at"), instant(row, "lapsed_at"))))
                .list();
        return tables.read("SELECT * FROM partnership_purpose WHERE partnership_id = :partnership ORDER BY version")
                .param("partnership", partnership)
                .query((row, n) -> {
                    int version = row.getInt("version");
                    int replaced = row.getInt("replaced_version");
                    Integer replacedVersion = row.wasNull() ? null : replaced;
                    PurposeStatus status = PurposeStatus.valueOf(row.getString("status"));
                    UUID organisation = row.getObject("proposed_by_org", UUID.class);
                    List<PurposeEndorsement> endorsed = endorsements.getOrDefault(version, List.of());
                    List<OrganisationId> awaiting = status == PurposeStatus.SUPERSEDED ? List.of()
                            : currentMembers.stream()
                            .filter(member -> endorsed.stream().noneMatch(e -> e.lapsedAt() == null
                                    && e.organisationId().equals(member)))
                            .toList();
                    return new PurposeVersion(version, row.getString("statement"),
                            List.copyOf(outcomes.getOrDefault(version, List.of())), status,
                            new Actor(PersonId.of(row.getObject("proposed_by_person", UUID.class)),
                                    organisation == null ? null : OrganisationId.of(organisation)),
                            instant(row, "proposed_at"), List.copyOf(endorsed), awaiting,
                            instant(row, "adopted_at"), replacedVersion);
                })
                .list();
    }

    private PartnershipCounts counts(UUID partnership, List<Membership> members) {
        Set<OrganisationId> current = currentMembers(members);
        int former = (int) members.stream().map(Membership::organisationId).distinct()
                .filter(organisation -> !current.contains(organisation)).count();
        int coordinators = count("SELECT COUNT(*) FROM partnership_coordinator WHERE partnership_id = :partnership",
                partnership);
        int open = count("SELECT COUNT(*) FROM partnership_commitment WHERE partnership_id = :partnership AND state IN ("
                + OPEN_STATES + ")", partnership);
        int overdue = count("SELECT COUNT(*) FROM partnership_commitment WHERE partnership_id = :partnership"
                + " AND overdue = TRUE AND state IN (" + OPEN_STATES + ")", partnership);
        int decisions = count("SELECT COUNT(*) FROM partnership_decision WHERE partnership_id = :partnership",
                partnership);
        int inForce = count("SELECT COUNT(*) FROM partnership_decision WHERE partnership_id = :partnership"
                + " AND in_force = TRUE", partnership);
        int meetings = count("SELECT COUNT(*) FROM partnership_meeting WHERE partnership_id = :partnership",
                partnership);
        return new PartnershipCounts(current.size(), former, coordinators, open, overdue, decisions, inForce,
                meetings);
    }

    private int count(String sql, UUID partnership) {
        return tables.read(sql).param("partnership", partnership).query(Integer.class).single();
    }

    /** For each outcome of the adopted purpose, the commitments and decisions in force that name it. */
    private List<OutcomeCoverage> coverage(UUID partnership, PurposeVersion adopted) {
        if (adopted == null) {
            return List.of();
        }
        record Tally(String outcome, String state, int commitments) {
        }
        List<Tally> tallies = tables.read("""
                        SELECT outcome, state, COUNT(*) AS commitments FROM partnership_commitment
                        WHERE partnership_id = :partnership AND outcome IS NOT NULL GROUP BY outcome, state""")
                .param("partnership", partnership)
                .query((row, n) -> new Tally(row.getString("outcome"), row.getString("state"),
                        row.getInt("commitments")))
                .list();
        List<UUID> decisions = tables.read("""
                        SELECT serves_outcome FROM partnership_decision
                        WHERE partnership_id = :partnership AND in_force = TRUE AND serves_outcome IS NOT NULL""")
                .param("partnership", partnership)
                .query(UUID.class)
                .list();
        return adopted.outcomes().stream().map(outcome -> {
            String id = outcome.outcomeId().toString();
            int all = 0;
            int open = 0;
            int kept = 0;
            for (Tally tally : tallies) {
                if (!tally.outcome().equals(id)) {
                    continue;
                }
                CommitmentState state = CommitmentState.valueOf(tally.state());
                all += tally.commitments();
                open += state.isOpen() ? tally.commitments() : 0;
                kept += state == CommitmentState.KEPT ? tally.commitments() : 0;
            }
            int inForce = (int) decisions.stream().filter(outcome.outcomeId().value()::equals).count();
            return new OutcomeCoverage(outcome.outcomeId(), outcome.text(), all, open, kept, inForce,
                    open + kept == 0);
        }).toList();
    }

    /** Attendance per organisation that has been a member (in the order they joined), over opened meetings. */
    private List<MemberAttendance> attendance(UUID partnership, List<Membership> members) {
        record Tally(OrganisationId organisation, AttendanceStatus status, int meetings) {
        }
        List<Tally> tallies = tables.read("""
                        SELECT organisation_id, status, COUNT(*) AS meetings FROM partnership_attendance
                        WHERE partnership_id = :partnership GROUP BY organisation_id, status
                        ORDER BY organisation_id, status""")
                .param("partnership", partnership)
                .query((row, n) -> new Tally(OrganisationId.of(row.getObject("organisation_id", UUID.class)),
                        AttendanceStatus.valueOf(row.getString("status")), row.getInt("meetings")))
                .list();
        Set<OrganisationId> organisations = new LinkedHashSet<>();
        members.forEach(member -> organisations.add(member.organisationId()));
        tallies.forEach(tally -> organisations.add(tally.organisation()));
        return organisations.stream().map(organisation -> {
            Map<AttendanceStatus, Integer> meetings = new EnumMap<>(AttendanceStatus.class);
            tallies.stream().filter(tally -> tally.organisation().equals(organisation))
                    .forEach(tally -> meetings.put(tally.status(), tally.meetings()));
            return new MemberAttendance(organisation, meetings.getOrDefault(AttendanceStatus.PRESENT, 0),
                    meetings.getOrDefault(AttendanceStatus.APOLOGIES, 0),
                    meetings.getOrDefault(AttendanceStatus.ABSENT, 0));
        }).toList();
    }

    private static java.sql.Timestamp timestamp(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        java.sql.Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static PartnershipSummary summary(ResultSet row, int rowNumber) throws SQLException {
        return new PartnershipSummary(
                PartnershipId.of(row.getObject("partnership_id", UUID.class)),
                row.getString("name"),
                DecisionRule.valueOf(row.getString("decision_rule")),
                row.getInt("quorum"),
                row.getTimestamp("registered_at").toInstant());
    }
}
