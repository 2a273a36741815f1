package io.commitments.core.commitment;

import io.commitments.core.api.commitment.AcceptCounterOfferCommand;
import io.commitments.core.api.commitment.AcceptOfferCommand;
import io.commitments.core.api.commitment.AcceptRenegotiationCommand;
import io.commitments.core.api.commitment.CommitmentKeptEvent;
import io.commitments.core.api.commitment.CommitmentOverdueEvent;
import io.commitments.core.api.commitment.CommitmentRenegotiatedEvent;
import io.commitments.core.api.commitment.CommitmentRenegotiationProposedEvent;
import io.commitments.core.api.commitment.CommitmentSide;
import io.commitments.core.api.commitment.DeclareSatisfiedCommand;
import io.commitments.core.api.commitment.DeclineCommitmentCommand;
import io.commitments.core.api.commitment.PromiseCommitmentCommand;
import io.commitments.core.api.commitment.ProposeRenegotiationCommand;
import io.commitments.core.api.commitment.ReleaseCommitmentCommand;
import io.commitments.core.api.commitment.ReportCompletionCommand;
import io.commitments.core.api.commitment.Requester;
import io.commitments.core.api.commitment.WithdrawCommitmentCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static io.commitments.core.commitment.Histories.COORDINATOR;
import static io.commitments.core.commitment.Histories.DUE;
import static io.commitments.core.commitment.Histories.END_OF_DUE;
import static io.commitments.core.commitment.Histories.END_OF_LATER;
import static io.commitments.core.commitment.Histories.ID;
import static io.commitments.core.commitment.Histories.LATER;
import static io.commitments.core.commitment.Histories.NOW;
import static io.commitments.core.commitment.Histories.PARTNERSHIP;
import static io.commitments.core.commitment.Histories.PERFORMER;
import static io.commitments.core.commitment.Histories.PERFORMING_ORG;
import static io.commitments.core.commitment.Histories.REQUESTER;
import static io.commitments.core.commitment.Histories.REQUESTING_ORG;

/**
 * Overdue is noticed by the commitment itself: a deadline at the end of the due date while it is promised
 * or completion reported, moved with a renegotiated date, gone when the commitment ends.
 */
class CommitmentOverdueTest {

    private static final OverdueDeadline AT_DUE = new OverdueDeadline(DUE);
    private static final OverdueDeadline AT_LATER = new OverdueDeadline(LATER);
    private static final Instant LONG_AFTER = Instant.parse("2027-03-01T00:00:00Z");

    private AggregateTestFixture<Commitment> fixture;

    @BeforeEach
    void setUp() {
        fixture = Histories.fixture();
    }

    @Test
    void promiseSchedulesTheOverdueDeadlineAtTheEndOfTheDueDate() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.requestedCommitment())
                .when(new PromiseCommitmentCommand(ID, PERFORMER))
                .expectScheduledDeadline(END_OF_DUE, AT_DUE)
                .expectScheduledDeadlineWithName(END_OF_DUE, OverdueDeadline.NAME);
    }

    @Test
    void acceptingAnOfferSchedulesTheOverdueDeadline() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.offeredCommitment())
                .when(new AcceptOfferCommand(ID, COORDINATOR))
                .expectScheduledDeadline(END_OF_DUE, AT_DUE);
    }

    @Test
    void acceptingACounterOfferSchedulesTheOverdueDeadlineAtTheCounteredDate() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.counteredCommitment())
                .when(new AcceptCounterOfferCommand(ID, REQUESTER))
                .expectScheduledDeadline(END_OF_LATER, AT_LATER);
    }

    @Test
    void theDeadlineFallsAtMidnightInTheConfiguredZone() {
        AggregateTestFixture<Commitment> newYork = Histories.fixture(Histories.members(),
                new DueDates(ZoneId.of("America/New_York")));
        newYork.givenCurrentTime(NOW).andGiven(Histories.requestedCommitment())
                .when(new PromiseCommitmentCommand(ID, PERFORMER))
                .expectScheduledDeadline(Instant.parse("2026-12-02T05:00:00Z"), AT_DUE);
    }

    @Test
    void requestedCommitmentsHaveNoOverdueDeadline() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.requestedCommitment())
                .when(new DeclineCommitmentCommand(ID, "No capacity", PERFORMER))
                .expectNoScheduledDeadlines();
    }

    @Test
    void promisedCommitmentIsNotOverdueDuringItsDueDate() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.requestedCommitment())
                .andGivenCommands(new PromiseCommitmentCommand(ID, PERFORMER))
                .whenThenTimeAdvancesTo(END_OF_DUE.minusSeconds(1))
                .expectNoEvents()
                .expectDeadlinesMet()
                .expectScheduledDeadline(END_OF_DUE, AT_DUE);
    }

    @Test
    void promisedCommitmentIsRecordedOverdueOnceTheDueDateHasEnded() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.requestedCommitment())
                .andGivenCommands(new PromiseCommitmentCommand(ID, PERFORMER))
                .whenThenTimeAdvancesTo(LONG_AFTER)
                .expectEvents(Histories.overdue())
                .expectDeadlinesMet(AT_DUE)
                .expectNoScheduledDeadlines();
    }

    @Test
    void completionReportedButNotDeclaredSatisfiedByTheDueDateIsOverdue() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.requestedCommitment())
                .andGivenCommands(new PromiseCommitmentCommand(ID, PERFORMER),
                        new ReportCompletionCommand(ID, "Protocol circulated", PERFORMER))
                .whenThenTimeAdvancesTo(LONG_AFTER)
                .expectEvents(Histories.overdue());
    }

    @Test
    void overdueIsNeverRecordedTwiceForOneDueDate() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.requestedCommitment())
                .andGivenCommands(new PromiseCommitmentCommand(ID, PERFORMER))
                .andGiven(Histories.overdue())
                .whenThenTimeAdvancesTo(LONG_AFTER)
                .expectDeadlinesMet(AT_DUE)
                .expectNoEvents();
    }

    @Test
    void acceptedRenegotiationMovesTheDeadlineToTheNewDate() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.requestedCommitment())
                .andGivenCommands(new PromiseCommitmentCommand(ID, PERFORMER),
                        new ProposeRenegotiationCommand(ID, LATER, "The data arrives late", PERFORMER))
                .when(new AcceptRenegotiationCommand(ID, REQUESTER))
                .expectScheduledDeadline(END_OF_LATER, AT_LATER)
                .expectNoScheduledDeadline(END_OF_DUE, AT_DUE);
    }

    @Test
    void renegotiatedCommitmentIsOverdueOnlyAfterTheNewDate() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.requestedCommitment())
                .andGivenCommands(new PromiseCommitmentCommand(ID, PERFORMER),
                        new ProposeRenegotiationCommand(ID, LATER, "The data arrives late", PERFORMER),
                        new AcceptRenegotiationCommand(ID, REQUESTER))
                .whenThenTimeAdvancesTo(LONG_AFTER)
                .expectEvents(new CommitmentOverdueEvent(ID, PARTNERSHIP, PERFORMING_ORG, LATER))
                .expectDeadlinesMet(AT_LATER);
    }

    @Test
    void proposingARenegotiationLeavesTheDeadlineWhereItIs() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.requestedCommitment())
                .andGivenCommands(new PromiseCommitmentCommand(ID, PERFORMER),
                        new ProposeRenegotiationCommand(ID, LATER, "The data arrives late", PERFORMER))
                .whenThenTimeAdvancesTo(LONG_AFTER)
                .expectEvents(Histories.overdue());
    }

    @Test
    void renegotiatingAnOverdueCommitmentToADateAheadClearsOverdueAndSchedulesAgain() {
        Instant afterDue = END_OF_DUE.plusSeconds(3600);
        fixture.givenCurrentTime(afterDue)
                .andGiven(Histories.with(Histories.promisedCommitment(), Histories.overdue(),
                        Histories.renegotiationProposedByPerformer()))
                .when(new AcceptRenegotiationCommand(ID, REQUESTER))
                .expectEvents(new CommitmentRenegotiatedEvent(ID, PARTNERSHIP, PERFORMING_ORG, DUE, LATER, true,
                        REQUESTER))
                .expectScheduledDeadline(END_OF_LATER, AT_LATER);
    }

    @Test
    void overdueCommitmentRenegotiatedToADateAlreadyPastStaysOverdue() {
        LocalDate nextDay = DUE.plusDays(1);
        fixture.givenCurrentTime(Instant.parse("2026-12-05T09:00:00Z"))
                .andGiven(Histories.with(Histories.promisedCommitment(), Histories.overdue(),
                        new CommitmentRenegotiationProposedEvent(ID, PARTNERSHIP, PERFORMING_ORG,
                                CommitmentSide.PERFORMER, nextDay, "One more day", PERFORMER)))
                .when(new AcceptRenegotiationCommand(ID, REQUESTER))
                .expectEvents(new CommitmentRenegotiatedEvent(ID, PARTNERSHIP, PERFORMING_ORG, DUE, nextDay, false,
                        REQUESTER))
                .expectNoScheduledDeadlines();
    }

    @Test
    void overdueIsRecordedAgainForARenegotiatedDateThatPassesToo() {
        fixture.givenCurrentTime(END_OF_DUE.plusSeconds(3600)).andGiven(Histories.with(
                        Histories.promisedCommitment(), Histories.overdue(),
                        Histories.renegotiationProposedByPerformer()))
                .andGivenCommands(new AcceptRenegotiationCommand(ID, REQUESTER))
                .whenThenTimeAdvancesTo(LONG_AFTER)
                .expectEvents(new CommitmentOverdueEvent(ID, PARTNERSHIP, PERFORMING_ORG, LATER));
    }

    @Test
    void keptCommitmentIsNeverRecordedOverdue() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.requestedCommitment())
                .andGivenCommands(new PromiseCommitmentCommand(ID, PERFORMER),
                        new ReportCompletionCommand(ID, "Protocol circulated", PERFORMER),
                        new DeclareSatisfiedCommand(ID, REQUESTER))
                .whenThenTimeAdvancesTo(LONG_AFTER)
                .expectNoEvents()
                .expectDeadlinesMet()
                .expectNoScheduledDeadlines();
    }

    @Test
    void withdrawnCommitmentIsNeverRecordedOverdue() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.requestedCommitment())
                .andGivenCommands(new PromiseCommitmentCommand(ID, PERFORMER),
                        new WithdrawCommitmentCommand(ID, "Funding was cut", PERFORMER))
                .whenThenTimeAdvancesTo(LONG_AFTER)
                .expectNoEvents()
                .expectDeadlinesMet()
                .expectNoScheduledDeadlines();
    }

    @Test
    void releasedCommitmentIsNeverRecordedOverdue() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.requestedCommitment())
                .andGivenCommands(new PromiseCommitmentCommand(ID, PERFORMER),
                        new ReleaseCommitmentCommand(ID, "No longer needed", REQUESTER))
                .whenThenTimeAdvancesTo(LONG_AFTER)
                .expectNoEvents()
                .expectDeadlinesMet()
                .expectNoScheduledDeadlines();
    }

    @Test
    void declinedCommitmentIsNeverRecordedOverdue() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.requestedCommitment())
                .andGivenCommands(new DeclineCommitmentCommand(ID, "No capacity", PERFORMER))
                .whenThenTimeAdvancesTo(LONG_AFTER)
                .expectNoEvents()
                .expectDeadlinesMet();
    }

    @Test
    void commitmentKeptAfterItWasRecordedOverdueCountsAsKeptLate() {
        fixture.givenCurrentTime(LONG_AFTER)
                .andGiven(Histories.with(Histories.promisedCommitment(), Histories.overdue(),
                        Histories.completionReported()))
                .when(new DeclareSatisfiedCommand(ID, REQUESTER))
                .expectEvents(new CommitmentKeptEvent(ID, PARTNERSHIP, Requester.byMember(REQUESTING_ORG),
                        PERFORMING_ORG, DUE, false, REQUESTER));
    }
}
