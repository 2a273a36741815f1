package io.commitments.projections.meeting;

import io.commitments.core.api.decision.DecisionId;
import io.commitments.core.api.meeting.Attendance;
import io.commitments.core.api.meeting.FindMeetingQuery;
import io.commitments.core.api.meeting.FindProposalMeetingQuery;
import io.commitments.core.api.meeting.MeetingClosedEvent;
import io.commitments.core.api.meeting.MeetingId;
import io.commitments.core.api.meeting.MeetingOpenedEvent;
import io.commitments.core.api.meeting.MeetingQuorum;
import io.commitments.core.api.meeting.MeetingScheduledEvent;
import io.commitments.core.api.meeting.MeetingState;
import io.commitments.core.api.meeting.MeetingView;
import io.commitments.core.api.meeting.PositionRecordedEvent;
import io.commitments.core.api.meeting.PositionTaken;
import io.commitments.core.api.meeting.ProposalClosedEvent;
import io.commitments.core.api.meeting.ProposalId;
import io.commitments.core.api.meeting.ProposalTabledEvent;
import io.commitments.core.api.meeting.ProposalView;
import io.commitments.core.api.meeting.RecordedPosition;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.core.api.purpose.OutcomeId;
import io.commitments.projections.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;

import static io.commitments.core.api.meeting.AttendanceStatus.ABSENT;
import static io.commitments.core.api.meeting.AttendanceStatus.APOLOGIES;
import static io.commitments.core.api.meeting.AttendanceStatus.PRESENT;
import static io.commitments.core.api.meeting.Position.ABSTAIN;
import static io.commitments.core.api.meeting.Position.AGREE;
import static io.commitments.core.api.meeting.Position.BLOCK;
import static io.commitments.core.api.meeting.Position.DISAGREE;
import static io.commitments.core.api.meeting.ProposalOutcome.ADOPTED;
import static io.commitments.core.api.meeting.ProposalOutcome.REJECTED;
import static io.commitments.core.api.partnership.DecisionRule.CONSENT;
import static org.assertj.core.api.Assertions.assertThat;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class MeetingViewProjectionTest {

    private static final Instant SCHEDULED_FOR = Instant.parse("2026-03-05T14:00:00Z");
    private static final Instant OPENED = Instant.parse("2026-03-05T14:02:00Z");

    private final PartnershipId partnership = PartnershipId.random();
    private final MeetingId meeting = MeetingId.random();
    private final OrganisationId riverside = OrganisationId.random();
    private final OrganisationId hillside = OrganisationId.random();
    private final OrganisationId council = OrganisationId.random();
    private final Actor chair = new Actor(PersonId.random(), null);

    @Parameter
    TestDatabase database;

    private MeetingViewProjection projection;

    @BeforeEach
    void setUp() {
        projection = new MeetingViewProjection(database.freshSchema().tables());
    }

    @Test
    void aScheduledMeetingShowsItsAgendaAndTheQuorumItNeeds() {
        scheduled(2);

        MeetingView view = projection.handle(new FindMeetingQuery(meeting)).orElseThrow();

        assertThat(view.title()).isEqualTo("Winter pressures board");
        assertThat(view.partnershipId()).isEqualTo(partnership);
        assertThat(view.scheduledFor()).isEqualTo(SCHEDULED_FOR);
        assertThat(view.agenda()).containsExactly("Apologies", "Discharge to assess", "Any other business");
        assertThat(view.decisionRule()).isEqualTo(CONSENT);
        assertThat(view.state()).isEqualTo(MeetingState.SCHEDULED);
        assertThat(view.quorum()).isEqualTo(new MeetingQuorum(2, null, null));
        assertThat(view.attendance()).isEmpty();
        assertThat(view.proposals()).isEmpty();
        assertThat(view.minutes()).isNull();
    }

    @Test
    void anUnknownMeetingIsNotFound() {
        scheduled(2);

        assertThat(projection.handle(new FindMeetingQuery(MeetingId.random()))).isEmpty();
    }

    @Test
    void positionsKeepTheirHistoryAndTheLatestIsCurrentWithDissentAndItsReasons() {
        ProposalId proposal = ProposalId.random();
        DecisionId decision = DecisionId.random();
        OutcomeId fewerDelays = OutcomeId.random();
        scheduled(2);
        opened(List.of(new Attendance(riverside, PRESENT), new Attendance(hillside, PRESENT),
                new Attendance(council, PRESENT)), 3, 2);
        projection.on(new ProposalTabledEvent(meeting, partnership, proposal, "Pool discharge staff",
                "Share one discharge team", fewerDelays, chair), OPENED.plusSeconds(60));
        position(proposal, riverside, BLOCK, "no budget agreed", 120);
        position(proposal, hillside, DISAGREE, "rota not ready", 180);
        position(proposal, council, AGREE, null, 240);
        position(proposal, riverside, AGREE, null, 300);
        List<RecordedPosition> finalPositions = List.of(new RecordedPosition(riverside, AGREE, null),
                new RecordedPosition(hillside, DISAGREE, "rota not ready"), new RecordedPosition(council, AGREE, null));
        projection.on(new ProposalClosedEvent(meeting, partnership, proposal, CONSENT, true, ADOPTED, decision,
                finalPositions, chair), OPENED.plusSeconds(360));

        ProposalView view = projection.handle(new FindMeetingQuery(meeting)).orElseThrow().proposals().get(0);

        assertThat(view.title()).isEqualTo("Pool discharge staff");
        assertThat(view.text()).isEqualTo("Share one discharge team");
        assertThat(view.servesOutcome()).isEqualTo(fewerDelays);
        assertThat(view.tabledAt()).isEqualTo(OPENED.plusSeconds(60));
        assertThat(view.positions()).isEqualTo(finalPositions);
        assertThat(view.history()).containsExactly(
                new PositionTaken(riverside, BLOCK, "no budget agreed", OPENED.plusSeconds(120), false),
                new PositionTaken(hillside, DISAGREE, "rota not ready", OPENED.plusSeconds(180), true),
                new PositionTaken(council, AGREE, null, OPENED.plusSeconds(240), true),
                new PositionTaken(riverside, AGREE, null, OPENED.plusSeconds(300), true));
        assertThat(view.outcome()).isEqualTo(ADOPTED);
        assertThat(view.decisionId()).isEqualTo(decision);
        assertThat(view.closedAt()).isEqualTo(OPENED.plusSeconds(360));
    }

    @Test
    void aMeetingWithoutQuorumShowsItAndItsProposalIsRejectedWithoutADecision() {
        ProposalId proposal = ProposalId.random();
        scheduled(2);
        opened(List.of(new Attendance(riverside, PRESENT), new Attendance(hillside, APOLOGIES),
                new Attendance(council, ABSENT)), 1, 2);
        projection.on(new ProposalTabledEvent(meeting, partnership, proposal, "Extend hours", "Open till 8",
                null, chair), OPENED.plusSeconds(60));
        position(proposal, riverside, ABSTAIN, null, 90);
        projection.on(new ProposalClosedEvent(meeting, partnership, proposal, CONSENT, false, REJECTED, null,
                List.of(new RecordedPosition(riverside, ABSTAIN, null)), chair), OPENED.plusSeconds(120));

        MeetingView view = projection.handle(new FindMeetingQuery(meeting)).orElseThrow();

        assertThat(view.state()).isEqualTo(MeetingState.OPEN);
        assertThat(view.openedAt()).isEqualTo(OPENED);
        assertThat(view.quorum()).isEqualTo(new MeetingQuorum(2, 1, false));
        assertThat(view.attendance()).containsExactly(new Attendance(riverside, PRESENT),
                new Attendance(hillside, APOLOGIES), new Attendance(council, ABSENT));
        assertThat(view.proposals()).singleElement().satisfies(p -> {
            assertThat(p.servesOutcome()).isNull();
            assertThat(p.outcome()).isEqualTo(REJECTED);
            assertThat(p.decisionId()).isNull();
        });
    }

    @Test
    void proposalsComeInTheOrderTabledAndAnOpenOneHasNoOutcomeYet() {
        ProposalId first = ProposalId.random();
        ProposalId second = ProposalId.random();
        scheduled(1);
        opened(List.of(new Attendance(riverside, PRESENT)), 1, 1);
        projection.on(new ProposalTabledEvent(meeting, partnership, second, "Zebra crossing", "text", null, chair),
                OPENED.plusSeconds(10));
        projection.on(new ProposalTabledEvent(meeting, partnership, first, "Agenda item", "text", null, chair),
                OPENED.plusSeconds(20));

        List<ProposalView> proposals = projection.handle(new FindMeetingQuery(meeting)).orElseThrow().proposals();

        assertThat(proposals).extracting(ProposalView::proposalId).containsExactly(second, first);
        assertThat(proposals.get(0).outcome()).isNull();
        assertThat(proposals.get(0).closedAt()).isNull();
        assertThat(proposals.get(0).positions()).isEmpty();
    }

    @Test
    void aProposalIdLeadsToItsMeeting() {
        ProposalId proposal = ProposalId.random();
        scheduled(1);
        opened(List.of(new Attendance(riverside, PRESENT)), 1, 1);
        projection.on(new ProposalTabledEvent(meeting, partnership, proposal, "Pool", "text", null, chair),
                OPENED.plusSeconds(10));

        assertThat(projection.handle(new FindProposalMeetingQuery(proposal))).contains(meeting);
        assertThat(projection.handle(new FindProposalMeetingQuery(ProposalId.random()))).isEmpty();
    }

    @Test
    void aClosedMeetingShowsItsMinutes() {
        scheduled(1);
        opened(List.of(new Attendance(riverside, PRESENT)), 1, 1);
        projection.on(new MeetingClosedEvent(meeting, partnership, "Agreed to pool staff.", chair),
                OPENED.plusSeconds(3600));

        MeetingView view = projection.handle(new FindMeetingQuery(meeting)).orElseThrow();

        assertThat(view.state()).isEqualTo(MeetingState.CLOSED);
        assertThat(view.minutes()).isEqualTo("Agreed to pool staff.");
        assertThat(view.closedAt()).isEqualTo(OPENED.plusSeconds(3600));
    }

    @Test
    void resetThenReplayGivesTheSameView() {
        ProposalId proposal = ProposalId.random();
        Runnable history = () -> {
            scheduled(1);
            opened(List.of(new Attendance(riverside, PRESENT), new Attendance(hillside, PRESENT)), 2, 1);
            projection.on(new ProposalTabledEvent(meeting, partnership, proposal, "Pool", "text", null, chair),
                    OPENED.plusSeconds(10));
            position(proposal, riverside, DISAGREE, "too soon", 20);
            position(proposal, riverside, AGREE, null, 30);
        };
        history.run();
        MeetingView before = projection.handle(new FindMeetingQuery(meeting)).orElseThrow();

        projection.reset();
        assertThat(projection.handle(new FindMeetingQuery(meeting))).isEmpty();
        history.run();

        MeetingView after = projection.handle(new FindMeetingQuery(meeting)).orElseThrow();
        assertThat(after.proposals()).singleElement().satisfies(p -> assertThat(p.history()).hasSize(2));
        assertThat(after).isEqualTo(before);
    }

    private void scheduled(int quorum) {
        projection.on(new MeetingScheduledEvent(meeting, partnership, "Winter pressures board", SCHEDULED_FOR,
                List.of("Apologies", "Discharge to assess", "Any other business"), CONSENT, quorum, chair));
    }

    private void opened(List<Attendance> attendance, int present, int quorum) {
        projection.on(new MeetingOpenedEvent(meeting, partnership, attendance, present, quorum, present >= quorum, chair),
                OPENED);
    }

    private void position(ProposalId proposal, OrganisationId organisation,
                          io.commitments.core.api.meeting.Position position, String reason, long secondsAfterOpening) {
        projection.on(new PositionRecordedEvent(meeting, partnership, proposal, organisation, position, reason,
                new Actor(PersonId.random(), organisation)), OPENED.plusSeconds(secondsAfterOpening));
    }
}
