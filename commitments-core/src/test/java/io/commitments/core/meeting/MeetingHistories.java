package io.commitments.core.meeting;

import io.commitments.core.api.decision.DecisionId;
import io.commitments.core.api.meeting.Attendance;
import io.commitments.core.api.meeting.AttendanceStatus;
import io.commitments.core.api.meeting.MeetingId;
import io.commitments.core.api.meeting.MeetingOpenedEvent;
import io.commitments.core.api.meeting.MeetingScheduledEvent;
import io.commitments.core.api.meeting.Position;
import io.commitments.core.api.meeting.PositionRecordedEvent;
import io.commitments.core.api.meeting.ProposalId;
import io.commitments.core.api.meeting.ProposalTabledEvent;
import io.commitments.core.api.meeting.RecordedPosition;
import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.purpose.OutcomeId;

import java.time.Instant;
import java.util.List;

import static io.commitments.core.partnership.Parties.COORDINATOR;
import static io.commitments.core.partnership.Parties.PARTNERSHIP;
import static io.commitments.core.partnership.Parties.actorFor;
import static io.commitments.core.partnership.Parties.uuid;

/** Object mother for meeting histories: scheduled, opened with attendance, a proposal tabled, positions. */
final class MeetingHistories {

    static final MeetingId MEETING = MeetingId.of(uuid("meeting"));
    static final ProposalId PROPOSAL = ProposalId.of(uuid("proposal"));
    static final DecisionId DECISION = DecisionId.of(uuid("decision"));
    static final OutcomeId FEWER_ADMISSIONS = OutcomeId.of(uuid("fewer avoidable admissions"));
    static final Instant NINE_THIRTY = Instant.parse("2026-05-01T09:30:00Z");
    static final String TITLE = "Discharge to assess";
    static final String TEXT = "Fund a joint discharge-to-assess team for six months";

    private MeetingHistories() {
    }

    static MeetingScheduledEvent scheduled(DecisionRule rule, int quorum) {
        return new MeetingScheduledEvent(MEETING, PARTNERSHIP, "May board", NINE_THIRTY,
                List.of("Winter plan", "Discharge"), rule, quorum, COORDINATOR);
    }

    static MeetingScheduledEvent scheduled() {
        return scheduled(DecisionRule.CONSENT, 2);
    }

    static Attendance present(OrganisationId organisation) {
        return new Attendance(organisation, AttendanceStatus.PRESENT);
    }

    static Attendance apologies(OrganisationId organisation) {
        return new Attendance(organisation, AttendanceStatus.APOLOGIES);
    }

    static Attendance absent(OrganisationId organisation) {
        return new Attendance(organisation, AttendanceStatus.ABSENT);
    }

    static MeetingOpenedEvent opened(int quorum, Attendance... attendance) {
        int present = (int) List.of(attendance).stream()
                .filter(a -> a.status() == AttendanceStatus.PRESENT).count();
        return new MeetingOpenedEvent(MEETING, PARTNERSHIP, List.of(attendance), present, quorum,
                present >= quorum, COORDINATOR);
    }

    static ProposalTabledEvent tabled() {
        return new ProposalTabledEvent(MEETING, PARTNERSHIP, PROPOSAL, TITLE, TEXT, FEWER_ADMISSIONS, COORDINATOR);
    }

    static String reasonOf(OrganisationId organisation, Position position) {
        return position.needsReason() ? "cannot staff it, says " + organisation : null;
    }

    static PositionRecordedEvent took(OrganisationId organisation, Position position) {
        return new PositionRecordedEvent(MEETING, PARTNERSHIP, PROPOSAL, organisation, position,
                reasonOf(organisation, position), actorFor(organisation));
    }

    static RecordedPosition finalPosition(OrganisationId organisation, Position position) {
        return new RecordedPosition(organisation, position, reasonOf(organisation, position));
    }
}
