package io.commitments.projections.meeting;

import io.commitments.core.api.meeting.Attendance;
import io.commitments.core.api.meeting.AttendanceStatus;
import io.commitments.core.api.meeting.FindPartnershipMeetingsQuery;
import io.commitments.core.api.meeting.MeetingId;
import io.commitments.core.api.meeting.MeetingOpenedEvent;
import io.commitments.core.api.meeting.MeetingScheduledEvent;
import io.commitments.core.api.meeting.MeetingState;
import io.commitments.core.api.meeting.MeetingSummary;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.projections.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;

import static io.commitments.core.api.partnership.DecisionRule.CONSENT;
import static org.assertj.core.api.Assertions.assertThat;

/** A partnership's list of meetings, which the web pages show: its own meetings only, the latest first. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class PartnershipMeetingsQueryTest {

    private final PartnershipId partnership = PartnershipId.random();
    private final Actor chair = new Actor(PersonId.random(), null);

    @Parameter
    TestDatabase database;

    private MeetingViewProjection projection;

    @BeforeEach
    void setUp() {
        projection = new MeetingViewProjection(database.freshSchema().tables());
    }

    @Test
    void aPartnershipsMeetingsComeLatestFirstWithWhereEachStands() {
        MeetingId march = scheduled(partnership, "March board", Instant.parse("2026-03-05T14:00:00Z"));
        MeetingId april = scheduled(partnership, "April board", Instant.parse("2026-04-02T14:00:00Z"));
        scheduled(PartnershipId.random(), "Another partnership's board", Instant.parse("2026-03-20T14:00:00Z"));
        projection.on(new MeetingOpenedEvent(march, partnership,
                List.of(new Attendance(OrganisationId.random(), AttendanceStatus.PRESENT)), 1, 1, true, chair),
                Instant.parse("2026-03-05T14:02:00Z"));

        List<MeetingSummary> meetings = projection.handle(new FindPartnershipMeetingsQuery(partnership));

        assertThat(meetings).extracting(MeetingSummary::meetingId).containsExactly(april, march);
        assertThat(meetings).extracting(MeetingSummary::state).containsExactly(MeetingState.SCHEDULED, MeetingState.OPEN);
        assertThat(meetings.get(1).quorum().met()).isTrue();
        assertThat(meetings.get(0).title()).isEqualTo("April board");
    }

    private MeetingId scheduled(PartnershipId partnershipId, String title, Instant at) {
        MeetingId meeting = MeetingId.random();
        projection.on(new MeetingScheduledEvent(meeting, partnershipId, title, at, List.of(), CONSENT, 1, chair));
        return meeting;
    }
}
