package io.commitments.core.meeting;

import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.decision.DecisionRecordedEvent;
import io.commitments.core.api.meeting.Attendance;
import io.commitments.core.api.meeting.CloseMeetingCommand;
import io.commitments.core.api.meeting.CloseProposalCommand;
import io.commitments.core.api.meeting.MeetingClosedEvent;
import io.commitments.core.api.meeting.MeetingOpenedEvent;
import io.commitments.core.api.meeting.MeetingScheduledEvent;
import io.commitments.core.api.meeting.OpenMeetingCommand;
import io.commitments.core.api.meeting.Position;
import io.commitments.core.api.meeting.PositionRecordedEvent;
import io.commitments.core.api.meeting.ProposalClosedEvent;
import io.commitments.core.api.meeting.ProposalId;
import io.commitments.core.api.meeting.ProposalOutcome;
import io.commitments.core.api.meeting.ProposalTabledEvent;
import io.commitments.core.api.meeting.RecordPositionCommand;
import io.commitments.core.api.meeting.ScheduleMeetingCommand;
import io.commitments.core.api.meeting.TableProposalCommand;
import io.commitments.core.api.meeting.AttendanceStatus;
import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.partnership.FakeMembershipRegistry;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static io.commitments.core.meeting.MeetingHistories.DECISION;
import static io.commitments.core.meeting.MeetingHistories.FEWER_ADMISSIONS;
import static io.commitments.core.meeting.MeetingHistories.MEETING;
import static io.commitments.core.meeting.MeetingHistories.NINE_THIRTY;
import static io.commitments.core.meeting.MeetingHistories.PROPOSAL;
import static io.commitments.core.meeting.MeetingHistories.TEXT;
import static io.commitments.core.meeting.MeetingHistories.TITLE;
import static io.commitments.core.meeting.MeetingHistories.absent;
import static io.commitments.core.meeting.MeetingHistories.apologies;
import static io.commitments.core.meeting.MeetingHistories.finalPosition;
import static io.commitments.core.meeting.MeetingHistories.opened;
import static io.commitments.core.meeting.MeetingHistories.present;
import static io.commitments.core.meeting.MeetingHistories.scheduled;
import static io.commitments.core.meeting.MeetingHistories.tabled;
import static io.commitments.core.meeting.MeetingHistories.took;
import static io.commitments.core.partnership.ErrorMatchers.notPermitted;
import static io.commitments.core.partnership.ErrorMatchers.ruleViolation;
import static io.commitments.core.partnership.Parties.COORDINATOR;
import static io.commitments.core.partnership.Parties.COUNCIL;
import static io.commitments.core.partnership.Parties.FOR_COUNCIL;
import static io.commitments.core.partnership.Parties.FOR_HOSPITAL;
import static io.commitments.core.partnership.Parties.FOR_OUTSIDER;
import static io.commitments.core.partnership.Parties.FOR_SURGERY;
import static io.commitments.core.partnership.Parties.HOSPITAL;
import static io.commitments.core.partnership.Parties.OUTSIDER;
import static io.commitments.core.partnership.Parties.PARTNERSHIP;
import static io.commitments.core.partnership.Parties.SURGERY;
import static io.commitments.core.partnership.Parties.uuid;

class MeetingTest {

    private FixtureConfiguration<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(new FakeMembershipRegistry()
                .members(PARTNERSHIP, COUNCIL, HOSPITAL, SURGERY)
                .coordinator(PARTNERSHIP, COORDINATOR.person()));
    }

    private static Object[] openWithProposal() {
        return new Object[]{scheduled(), opened(2, present(COUNCIL), present(HOSPITAL), apologies(SURGERY)),
                tabled()};
    }

    @Test
    void coordinatorSchedulesAMeetingUnderThePartnershipsRule() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeetingCommand(MEETING, PARTNERSHIP, " May board ", NINE_THIRTY,
                        List.of("Winter plan", "Discharge"), DecisionRule.CONSENT, 2, COORDINATOR))
                .expectEvents(new MeetingScheduledEvent(MEETING, PARTNERSHIP, "May board", NINE_THIRTY,
                        List.of("Winter plan", "Discharge"), DecisionRule.CONSENT, 2, COORDINATOR));
    }

    @Test
    void onlyACoordinatorSchedulesAMeeting() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeetingCommand(MEETING, PARTNERSHIP, "May board", NINE_THIRTY, List.of(),
                        DecisionRule.CONSENT, 2, FOR_COUNCIL))
                .expectNoEvents()
                .expectException(notPermitted("meeting.coordinator-only"));
    }

    @Test
    void schedulingNeedsATitle() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeetingCommand(MEETING, PARTNERSHIP, "", NINE_THIRTY, List.of(),
                        DecisionRule.CONSENT, 2, COORDINATOR))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("title is required");
    }

    @Test
    void meetingOpensWithQuorumWhenEnoughMembersArePresent() {
        List<Attendance> attendance = List.of(present(COUNCIL), present(HOSPITAL), absent(SURGERY));
        fixture.given(scheduled())
                .when(new OpenMeetingCommand(MEETING, attendance, COORDINATOR))
                .expectEvents(new MeetingOpenedEvent(MEETING, PARTNERSHIP, attendance, 2, 2, true, COORDINATOR));
    }

    @Test
    void meetingOpensWithoutQuorumWhenTooFewArePresent() {
        List<Attendance> attendance = List.of(present(COUNCIL), apologies(HOSPITAL), absent(SURGERY));
        fixture.given(scheduled())
                .when(new OpenMeetingCommand(MEETING, attendance, COORDINATOR))
                .expectEvents(new MeetingOpenedEvent(MEETING, PARTNERSHIP, attendance, 1, 2, false, COORDINATOR));
    }

    @Test
    void attendanceListsOnlyCurrentMembers() {
        fixture.given(scheduled())
                .when(new OpenMeetingCommand(MEETING, List.of(present(COUNCIL), present(OUTSIDER)), COORDINATOR))
                .expectNoEvents()
                .expectException(ruleViolation(MeetingViolations.attendeeNotAMember(MEETING, PARTNERSHIP, OUTSIDER)));
    }

    @Test
    void attendanceListsEachOrganisationOnce() {
        fixture.given(scheduled())
                .when(new OpenMeetingCommand(MEETING, List.of(present(COUNCIL), absent(COUNCIL)), COORDINATOR))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("organisation " + COUNCIL + " is listed twice");
    }

    @Test
    void onlyACoordinatorOpensAMeeting() {
        fixture.given(scheduled())
                .when(new OpenMeetingCommand(MEETING, List.of(present(COUNCIL)), FOR_COUNCIL))
                .expectNoEvents()
                .expectException(notPermitted("meeting.coordinator-only"));
    }

    @Test
    void meetingOpensOnlyOnce() {
        fixture.given(scheduled(), opened(2, present(COUNCIL), present(HOSPITAL)))
                .when(new OpenMeetingCommand(MEETING, List.of(present(COUNCIL)), COORDINATOR))
                .expectNoEvents()
                .expectException(ruleViolation(MeetingViolations.notScheduled(MEETING, Meeting.State.OPEN)));
    }

    @Test
    void coordinatorTablesAProposalInAnOpenMeeting() {
        fixture.given(scheduled(), opened(2, present(COUNCIL), present(HOSPITAL)))
                .when(new TableProposalCommand(MEETING, PROPOSAL, TITLE, TEXT, FEWER_ADMISSIONS, COORDINATOR))
                .expectEvents(tabled());
    }

    @Test
    void cannotTableAProposalBeforeTheMeetingOpens() {
        fixture.given(scheduled())
                .when(new TableProposalCommand(MEETING, PROPOSAL, TITLE, TEXT, null, COORDINATOR))
                .expectNoEvents()
                .expectException(ruleViolation(MeetingViolations.notOpen(MEETING, "table a proposal",
                        Meeting.State.SCHEDULED)))
                .expectExceptionMessage("meeting " + MEETING + " cannot table a proposal: it is SCHEDULED");
    }

    @Test
    void cannotTableAProposalAfterTheMeetingCloses() {
        fixture.given(scheduled(), opened(2, present(COUNCIL), present(HOSPITAL)),
                        new MeetingClosedEvent(MEETING, PARTNERSHIP, "No business", COORDINATOR))
                .when(new TableProposalCommand(MEETING, PROPOSAL, TITLE, TEXT, null, COORDINATOR))
                .expectNoEvents()
                .expectException(ruleViolation(MeetingViolations.notOpen(MEETING, "table a proposal",
                        Meeting.State.CLOSED)));
    }

    @Test
    void onlyACoordinatorTablesAProposal() {
        fixture.given(scheduled(), opened(2, present(COUNCIL), present(HOSPITAL)))
                .when(new TableProposalCommand(MEETING, PROPOSAL, TITLE, TEXT, null, FOR_HOSPITAL))
                .expectNoEvents()
                .expectException(notPermitted("meeting.coordinator-only"));
    }

    @Test
    void tablingTheSameProposalAgainChangesNothing() {
        fixture.given(openWithProposal())
                .when(new TableProposalCommand(MEETING, PROPOSAL, TITLE, TEXT, FEWER_ADMISSIONS, COORDINATOR))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void presentMemberRecordsItsOwnPosition() {
        fixture.given(openWithProposal())
                .when(new RecordPositionCommand(MEETING, PROPOSAL, Position.AGREE, null, FOR_COUNCIL))
                .expectEvents(new PositionRecordedEvent(MEETING, PARTNERSHIP, PROPOSAL, COUNCIL, Position.AGREE,
                        null, FOR_COUNCIL));
    }

    @Test
    void abstentionMayGiveAReason() {
        fixture.given(openWithProposal())
                .when(new RecordPositionCommand(MEETING, PROPOSAL, Position.ABSTAIN, "conflict of interest",
                        FOR_COUNCIL))
                .expectEvents(new PositionRecordedEvent(MEETING, PARTNERSHIP, PROPOSAL, COUNCIL, Position.ABSTAIN,
                        "conflict of interest", FOR_COUNCIL));
    }

    @ParameterizedTest
    @EnumSource(value = Position.class, names = {"DISAGREE", "BLOCK"})
    void dissentNeedsAReason(Position dissent) {
        fixture.given(openWithProposal())
                .when(new RecordPositionCommand(MEETING, PROPOSAL, dissent, " ", FOR_COUNCIL))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("reason is required");
    }

    @ParameterizedTest
    @EnumSource(value = Position.class, names = {"DISAGREE", "BLOCK"})
    void dissentIsRecordedWithItsReason(Position dissent) {
        fixture.given(openWithProposal())
                .when(new RecordPositionCommand(MEETING, PROPOSAL, dissent, "no staff until April", FOR_HOSPITAL))
                .expectEvents(new PositionRecordedEvent(MEETING, PARTNERSHIP, PROPOSAL, HOSPITAL, dissent,
                        "no staff until April", FOR_HOSPITAL));
    }

    @Test
    void organisationThatSentApologiesTakesNoPosition() {
        fixture.given(openWithProposal())
                .when(new RecordPositionCommand(MEETING, PROPOSAL, Position.AGREE, null, FOR_SURGERY))
                .expectNoEvents()
                .expectException(ruleViolation(MeetingViolations.notPresent(PROPOSAL, SURGERY,
                        AttendanceStatus.APOLOGIES)));
    }

    @Test
    void organisationNotInTheAttendanceTakesNoPosition() {
        fixture.given(openWithProposal())
                .when(new RecordPositionCommand(MEETING, PROPOSAL, Position.AGREE, null, FOR_OUTSIDER))
                .expectNoEvents()
                .expectException(notPermitted("proposal.not-an-attendee"));
    }

    @Test
    void coordinatorActingForNoOrganisationTakesNoPosition() {
        fixture.given(openWithProposal())
                .when(new RecordPositionCommand(MEETING, PROPOSAL, Position.AGREE, null, COORDINATOR))
                .expectNoEvents()
                .expectException(notPermitted("proposal.not-an-attendee"));
    }

    @Test
    void changedPositionIsANewEventAndTheEarlierOneStays() {
        fixture.given(openWithProposal())
                .andGiven(took(HOSPITAL, Position.AGREE))
                .when(new RecordPositionCommand(MEETING, PROPOSAL, Position.BLOCK, "no staff until April",
                        FOR_HOSPITAL))
                .expectEvents(new PositionRecordedEvent(MEETING, PARTNERSHIP, PROPOSAL, HOSPITAL, Position.BLOCK,
                        "no staff until April", FOR_HOSPITAL));
    }

    @Test
    void repeatingTheSamePositionChangesNothing() {
        fixture.given(openWithProposal())
                .andGiven(took(COUNCIL, Position.AGREE))
                .when(new RecordPositionCommand(MEETING, PROPOSAL, Position.AGREE, null, FOR_COUNCIL))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void positionIsTakenOnlyOnAProposalTabledInTheMeeting() {
        ProposalId unknown = ProposalId.of(uuid("never tabled"));
        fixture.given(openWithProposal())
                .when(new RecordPositionCommand(MEETING, unknown, Position.AGREE, null, FOR_COUNCIL))
                .expectNoEvents()
                .expectException(ruleViolation(MeetingViolations.proposalNotFound(MEETING, unknown)));
    }

    @Test
    void positionCannotChangeOnceTheProposalIsClosed() {
        fixture.given(openWithProposal())
                .andGiven(took(COUNCIL, Position.AGREE), closed(ProposalOutcome.ADOPTED, true,
                        finalPosition(COUNCIL, Position.AGREE)))
                .when(new RecordPositionCommand(MEETING, PROPOSAL, Position.BLOCK, "second thoughts", FOR_COUNCIL))
                .expectNoEvents()
                .expectException(ruleViolation(MeetingViolations.proposalNotOpen(PROPOSAL, "take a position")));
    }

    @Test
    void closingAnAdoptedProposalRecordsTheDecisionWithEveryPosition() {
        fixture.given(openWithProposal())
                .andGiven(took(COUNCIL, Position.AGREE), took(HOSPITAL, Position.DISAGREE))
                .when(new CloseProposalCommand(MEETING, PROPOSAL, DECISION, COORDINATOR))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(ProposalOutcome.ADOPTED)
                .expectEvents(
                        closed(ProposalOutcome.ADOPTED, true, finalPosition(COUNCIL, Position.AGREE),
                                finalPosition(HOSPITAL, Position.DISAGREE)),
                        new DecisionRecordedEvent(DECISION, PARTNERSHIP, MEETING, PROPOSAL, TITLE, TEXT,
                                FEWER_ADMISSIONS, List.of(finalPosition(COUNCIL, Position.AGREE),
                                finalPosition(HOSPITAL, Position.DISAGREE)), COORDINATOR));
    }

    @Test
    void closingARejectedProposalRecordsNoDecision() {
        fixture.given(openWithProposal())
                .andGiven(took(COUNCIL, Position.AGREE), took(HOSPITAL, Position.BLOCK))
                .when(new CloseProposalCommand(MEETING, PROPOSAL, DECISION, COORDINATOR))
                .expectResultMessagePayload(ProposalOutcome.REJECTED)
                .expectEvents(closed(ProposalOutcome.REJECTED, true, finalPosition(COUNCIL, Position.AGREE),
                        finalPosition(HOSPITAL, Position.BLOCK)));
    }

    @Test
    void meetingWithoutQuorumAdoptsNothing() {
        fixture.given(scheduled(), opened(2, present(COUNCIL), apologies(HOSPITAL), absent(SURGERY)), tabled(),
                        took(COUNCIL, Position.AGREE))
                .when(new CloseProposalCommand(MEETING, PROPOSAL, DECISION, COORDINATOR))
                .expectEvents(closed(ProposalOutcome.REJECTED, false, finalPosition(COUNCIL, Position.AGREE)));
    }

    @Test
    void onlyACoordinatorClosesAProposal() {
        fixture.given(openWithProposal())
                .when(new CloseProposalCommand(MEETING, PROPOSAL, DECISION, FOR_COUNCIL))
                .expectNoEvents()
                .expectException(notPermitted("meeting.coordinator-only"));
    }

    @Test
    void proposalIsClosedOnlyOnce() {
        fixture.given(openWithProposal())
                .andGiven(closed(ProposalOutcome.ADOPTED, true))
                .when(new CloseProposalCommand(MEETING, PROPOSAL, DECISION, COORDINATOR))
                .expectNoEvents()
                .expectException(ruleViolation(MeetingViolations.proposalNotOpen(PROPOSAL, "be closed")));
    }

    @Test
    void meetingClosesWithMinutesOnceEveryProposalIsClosed() {
        fixture.given(openWithProposal())
                .andGiven(closed(ProposalOutcome.ADOPTED, true))
                .when(new CloseMeetingCommand(MEETING, "Agreed the discharge team.", COORDINATOR))
                .expectEvents(new MeetingClosedEvent(MEETING, PARTNERSHIP, "Agreed the discharge team.",
                        COORDINATOR));
    }

    @Test
    void meetingCannotCloseWhileAProposalIsOpen() {
        fixture.given(openWithProposal())
                .when(new CloseMeetingCommand(MEETING, "Ran out of time.", COORDINATOR))
                .expectNoEvents()
                .expectException(ruleViolation(MeetingViolations.proposalsStillOpen(MEETING, List.of(PROPOSAL))));
    }

    @Test
    void closingAMeetingNeedsMinutes() {
        fixture.given(scheduled(), opened(2, present(COUNCIL), present(HOSPITAL)))
                .when(new CloseMeetingCommand(MEETING, "", COORDINATOR))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("minutes is required");
    }

    @Test
    void meetingThatNeverOpenedCannotClose() {
        fixture.given(scheduled())
                .when(new CloseMeetingCommand(MEETING, "Did not meet.", COORDINATOR))
                .expectNoEvents()
                .expectException(ruleViolation(MeetingViolations.notOpen(MEETING, "close", Meeting.State.SCHEDULED)));
    }

    @Test
    void onlyACoordinatorClosesAMeeting() {
        fixture.given(scheduled(), opened(2, present(COUNCIL), present(HOSPITAL)))
                .when(new CloseMeetingCommand(MEETING, "Minutes.", FOR_COUNCIL))
                .expectNoEvents()
                .expectException(notPermitted("meeting.coordinator-only"));
    }

    private static ProposalClosedEvent closed(ProposalOutcome outcome, boolean quorumMet,
                                              io.commitments.core.api.meeting.RecordedPosition... positions) {
        return new ProposalClosedEvent(MEETING, PARTNERSHIP, PROPOSAL, DecisionRule.CONSENT, quorumMet, outcome,
                outcome == ProposalOutcome.ADOPTED ? DECISION : null, List.of(positions), COORDINATOR);
    }
}
