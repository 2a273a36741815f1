package io.commitments.core.commitment;

import io.commitments.core.api.commitment.AcceptCounterOfferCommand;
import io.commitments.core.api.commitment.AcceptOfferCommand;
import io.commitments.core.api.commitment.CommitmentCompletionReportedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferAcceptedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferCounteredEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferRejectedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferedEvent;
import io.commitments.core.api.commitment.CommitmentDeclinedEvent;
import io.commitments.core.api.commitment.CommitmentKeptEvent;
import io.commitments.core.api.commitment.CommitmentOfferAcceptedEvent;
import io.commitments.core.api.commitment.CommitmentProgressReportedEvent;
import io.commitments.core.api.commitment.CommitmentPromisedEvent;
import io.commitments.core.api.commitment.CommitmentReleasedEvent;
import io.commitments.core.api.commitment.CommitmentSatisfactionDeniedEvent;
import io.commitments.core.api.commitment.CommitmentState;
import io.commitments.core.api.commitment.CommitmentWithdrawnEvent;
import io.commitments.core.api.commitment.CounterOfferCommand;
import io.commitments.core.api.commitment.CounterTheCounterOfferCommand;
import io.commitments.core.api.commitment.DeclareNotSatisfiedCommand;
import io.commitments.core.api.commitment.DeclareSatisfiedCommand;
import io.commitments.core.api.commitment.DeclineCommitmentCommand;
import io.commitments.core.api.commitment.ProgressStatus;
import io.commitments.core.api.commitment.PromiseCommitmentCommand;
import io.commitments.core.api.commitment.RejectCounterOfferCommand;
import io.commitments.core.api.commitment.ReleaseCommitmentCommand;
import io.commitments.core.api.commitment.ReportCompletionCommand;
import io.commitments.core.api.commitment.ReportProgressCommand;
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
import static io.commitments.core.commitment.Histories.ID;
import static io.commitments.core.commitment.Histories.LATER;
import static io.commitments.core.commitment.Histories.NOW;
import static io.commitments.core.commitment.Histories.OUTSIDER;
import static io.commitments.core.commitment.Histories.PARTNERSHIP;
import static io.commitments.core.commitment.Histories.PERFORMER;
import static io.commitments.core.commitment.Histories.PERFORMING_ORG;
import static io.commitments.core.commitment.Histories.REQUESTER;
import static io.commitments.core.commitment.Histories.REQUESTING_ORG;
import static io.commitments.core.commitment.Histories.TODAY;
import static io.commitments.core.commitment.Refusals.invalid;
import static io.commitments.core.commitment.Refusals.notPermitted;
import static io.commitments.core.commitment.Refusals.ruleViolation;

/** The rules of a commitment's conversation, one test per rule. */
class CommitmentTest {

    private static final Requester BY_REQUESTING_ORG = Requester.byMember(REQUESTING_ORG);

    private AggregateTestFixture<Commitment> fixture;

    @BeforeEach
    void setUp() {
        fixture = Histories.fixture();
    }

    @Test
    void performerCanPromiseARequestedCommitment() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.requestedCommitment())
                .when(new PromiseCommitmentCommand(ID, PERFORMER))
                .expectEvents(new CommitmentPromisedEvent(ID, PARTNERSHIP, PERFORMING_ORG, DUE, PERFORMER));
    }

    @Test
    void onlyThePerformersSideCanPromise() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.requestedCommitment())
                .when(new PromiseCommitmentCommand(ID, REQUESTER))
                .expectNoEvents()
                .expectException(notPermitted(CommitmentRules.NOT_PERFORMER));
    }

    @Test
    void resentPromiseOfAPromisedCommitmentIsIgnoredWithoutError() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.promisedCommitment())
                .when(new PromiseCommitmentCommand(ID, PERFORMER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotPromiseADeclinedCommitmentAndTheRefusalNamesTheState() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.declinedCommitment())
                .when(new PromiseCommitmentCommand(ID, PERFORMER))
                .expectNoEvents()
                .expectException(ruleViolation("commitment.not-requested",
                        "commitment 1b4e28ba-2fa1-11d2-883f-0016d3cca427 cannot be promised: it is DECLINED"));
    }

    @Test
    void performerCanDeclineWithReason() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.requestedCommitment())
                .when(new DeclineCommitmentCommand(ID, "No capacity this quarter", PERFORMER))
                .expectEvents(new CommitmentDeclinedEvent(ID, PARTNERSHIP, BY_REQUESTING_ORG, PERFORMING_ORG, DUE,
                        "No capacity this quarter", PERFORMER));
    }

    @Test
    void decliningNeedsAReason() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.requestedCommitment())
                .when(new DeclineCommitmentCommand(ID, "  ", PERFORMER))
                .expectNoEvents()
                .expectException(invalid("reason"));
    }

    @Test
    void onlyThePerformersSideCanDecline() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.requestedCommitment())
                .when(new DeclineCommitmentCommand(ID, "Not needed", OUTSIDER))
                .expectNoEvents()
                .expectException(notPermitted(CommitmentRules.NOT_PERFORMER));
    }

    @Test
    void performerCanCounterOfferWithANewDueDateAndNote() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.requestedCommitment())
                .when(new CounterOfferCommand(ID, LATER, "Ward B is short-staffed", PERFORMER))
                .expectEvents(new CommitmentCounterOfferedEvent(ID, PARTNERSHIP, PERFORMING_ORG, LATER,
                        "Ward B is short-staffed", PERFORMER));
    }

    @Test
    void counterOfferCannotBeDueBeforeToday() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.requestedCommitment())
                .when(new CounterOfferCommand(ID, TODAY.minusDays(1), "Already done, in a way", PERFORMER))
                .expectNoEvents()
                .expectException(invalid("dueDate"));
    }

    @Test
    void requesterCanAcceptACounterOfferWhichPromisesItOnTheCounteredDate() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.counteredCommitment())
                .when(new AcceptCounterOfferCommand(ID, REQUESTER))
                .expectEvents(new CommitmentCounterOfferAcceptedEvent(ID, PARTNERSHIP, PERFORMING_ORG, LATER,
                        REQUESTER));
    }

    @Test
    void performerCannotAcceptItsOwnCounterOffer() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.counteredCommitment())
                .when(new AcceptCounterOfferCommand(ID, PERFORMER))
                .expectNoEvents()
                .expectException(notPermitted(CommitmentRules.NOT_REQUESTER));
    }

    @Test
    void requesterCanRejectACounterOfferWithReasonWhichDeclinesIt() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.counteredCommitment())
                .when(new RejectCounterOfferCommand(ID, "Too late for the winter plan", REQUESTER))
                .expectEvents(new CommitmentCounterOfferRejectedEvent(ID, PARTNERSHIP, BY_REQUESTING_ORG,
                        PERFORMING_ORG, DUE, "Too late for the winter plan", REQUESTER));
    }

    @Test
    void requesterCanCounterTheCounterOfferWhichRequestsItAgainOnTheNewDate() {
        LocalDate between = DUE.plusDays(7);
        fixture.givenCurrentTime(NOW).andGiven(Histories.counteredCommitment())
                .when(new CounterTheCounterOfferCommand(ID, between, "Meet us halfway", REQUESTER))
                .expectEvents(new CommitmentCounterOfferCounteredEvent(ID, PARTNERSHIP, PERFORMING_ORG, between,
                        "Meet us halfway", REQUESTER));
    }

    @Test
    void performerPromisesTheDateOfTheCounteredCounterOffer() {
        LocalDate between = DUE.plusDays(7);
        fixture.givenCurrentTime(NOW).andGiven(Histories.with(Histories.counteredCommitment(),
                        new CommitmentCounterOfferCounteredEvent(ID, PARTNERSHIP, PERFORMING_ORG, between,
                                "Meet us halfway", REQUESTER)))
                .when(new PromiseCommitmentCommand(ID, PERFORMER))
                .expectEvents(new CommitmentPromisedEvent(ID, PARTNERSHIP, PERFORMING_ORG, between, PERFORMER));
    }

    @Test
    void coordinatorAcceptsAnOfferMadeToThePartnership() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.offeredCommitment())
                .when(new AcceptOfferCommand(ID, COORDINATOR))
                .expectEvents(new CommitmentOfferAcceptedEvent(ID, PARTNERSHIP, PERFORMING_ORG, DUE, COORDINATOR));
    }

    @Test
    void aMemberWhoIsNoCoordinatorCannotAcceptAnOfferMadeToThePartnership() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.offeredCommitment())
                .when(new AcceptOfferCommand(ID, REQUESTER))
                .expectNoEvents()
                .expectException(notPermitted(CommitmentRules.NOT_REQUESTER));
    }

    @Test
    void coordinatorsSpeakForADecisionThatRequestedTheCommitment() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.with(Histories.requestedByDecision(),
                        new CommitmentPromisedEvent(ID, PARTNERSHIP, PERFORMING_ORG, DUE, PERFORMER),
                        Histories.completionReported()))
                .when(new DeclareNotSatisfiedCommand(ID, "The protocol lacks the weekend rota", COORDINATOR))
                .expectEvents(new CommitmentSatisfactionDeniedEvent(ID, PARTNERSHIP, PERFORMING_ORG, DUE,
                        "The protocol lacks the weekend rota", COORDINATOR));
    }

    @Test
    void performerCanReportProgressWhilePromised() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.promisedCommitment())
                .when(new ReportProgressCommand(ID, ProgressStatus.AT_RISK, "Waiting for ward C's data", PERFORMER))
                .expectEvents(new CommitmentProgressReportedEvent(ID, PARTNERSHIP, PERFORMING_ORG,
                        ProgressStatus.AT_RISK, "Waiting for ward C's data", PERFORMER));
    }

    @Test
    void progressReportNeedsAStatus() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.promisedCommitment())
                .when(new ReportProgressCommand(ID, null, "Fine", PERFORMER))
                .expectNoEvents()
                .expectException(invalid("status"));
    }

    @Test
    void cannotReportProgressBeforeThePromise() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.requestedCommitment())
                .when(new ReportProgressCommand(ID, ProgressStatus.ON_TRACK, "Started anyway", PERFORMER))
                .expectNoEvents()
                .expectException(ruleViolation(CommitmentRules.NOT_PROMISED,
                        CommitmentRules.forbiddenMessage(CommitmentAction.REPORT_PROGRESS, ID,
                                CommitmentState.REQUESTED)));
    }

    @Test
    void performerCanReportCompletionWithNote() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.promisedCommitment())
                .when(new ReportCompletionCommand(ID, "Protocol circulated", PERFORMER))
                .expectEvents(Histories.completionReported());
    }

    @Test
    void requesterCanDeclareSatisfiedWhichKeepsItOnTime() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.completionReportedCommitment())
                .when(new DeclareSatisfiedCommand(ID, REQUESTER))
                .expectEvents(new CommitmentKeptEvent(ID, PARTNERSHIP, BY_REQUESTING_ORG, PERFORMING_ORG, DUE,
                        true, REQUESTER));
    }

    @Test
    void satisfactionDeclaredInTheLastSecondOfTheDueDateIsOnTime() {
        fixture.givenCurrentTime(END_OF_DUE.minusSeconds(1)).andGiven(Histories.completionReportedCommitment())
                .when(new DeclareSatisfiedCommand(ID, REQUESTER))
                .expectEvents(new CommitmentKeptEvent(ID, PARTNERSHIP, BY_REQUESTING_ORG, PERFORMING_ORG, DUE,
                        true, REQUESTER));
    }

    @Test
    void satisfactionDeclaredAfterTheEndOfTheDueDateIsKeptLate() {
        fixture.givenCurrentTime(END_OF_DUE).andGiven(Histories.completionReportedCommitment())
                .when(new DeclareSatisfiedCommand(ID, REQUESTER))
                .expectEvents(new CommitmentKeptEvent(ID, PARTNERSHIP, BY_REQUESTING_ORG, PERFORMING_ORG, DUE,
                        false, REQUESTER));
    }

    @Test
    void theDueDateEndsAtMidnightInTheConfiguredZone() {
        AggregateTestFixture<Commitment> auckland = Histories.fixture(Histories.members(),
                new DueDates(ZoneId.of("Pacific/Auckland")));
        auckland.givenCurrentTime(Instant.parse("2026-12-01T12:00:00Z"))
                .andGiven(Histories.completionReportedCommitment())
                .when(new DeclareSatisfiedCommand(ID, REQUESTER))
                .expectEvents(new CommitmentKeptEvent(ID, PARTNERSHIP, BY_REQUESTING_ORG, PERFORMING_ORG, DUE,
                        false, REQUESTER));
    }

    @Test
    void cannotDeclareSatisfiedBeforeCompletionIsReported() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.promisedCommitment())
                .when(new DeclareSatisfiedCommand(ID, REQUESTER))
                .expectNoEvents()
                .expectException(ruleViolation(CommitmentRules.COMPLETION_NOT_REPORTED,
                        "commitment " + ID + " cannot be declared satisfied: it is PROMISED"));
    }

    @Test
    void performerCannotDeclareItsOwnWorkSatisfactory() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.completionReportedCommitment())
                .when(new DeclareSatisfiedCommand(ID, PERFORMER))
                .expectNoEvents()
                .expectException(notPermitted(CommitmentRules.NOT_REQUESTER));
    }

    @Test
    void resentDeclarationOfSatisfactionIsIgnoredWithoutError() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.keptCommitment())
                .when(new DeclareSatisfiedCommand(ID, REQUESTER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void requesterCanDeclareNotSatisfiedWithReasonWhichPromisesItAgain() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.completionReportedCommitment())
                .when(new DeclareNotSatisfiedCommand(ID, "The weekend rota is missing", REQUESTER))
                .expectEvents(new CommitmentSatisfactionDeniedEvent(ID, PARTNERSHIP, PERFORMING_ORG, DUE,
                        "The weekend rota is missing", REQUESTER));
    }

    @Test
    void afterSatisfactionIsDeniedThePerformerReportsCompletionAgain() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.with(Histories.completionReportedCommitment(),
                        new CommitmentSatisfactionDeniedEvent(ID, PARTNERSHIP, PERFORMING_ORG, DUE,
                                "The weekend rota is missing", REQUESTER)))
                .when(new ReportCompletionCommand(ID, "Rota added", PERFORMER))
                .expectEvents(new CommitmentCompletionReportedEvent(ID, PARTNERSHIP, PERFORMING_ORG, DUE,
                        "Rota added", PERFORMER));
    }

    @Test
    void performerCanWithdrawAPromisedCommitmentWithReason() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.promisedCommitment())
                .when(new WithdrawCommitmentCommand(ID, "Funding was cut", PERFORMER))
                .expectEvents(new CommitmentWithdrawnEvent(ID, PARTNERSHIP, BY_REQUESTING_ORG, PERFORMING_ORG, DUE,
                        "Funding was cut", PERFORMER));
    }

    @Test
    void performerCanWithdrawAfterReportingCompletion() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.completionReportedCommitment())
                .when(new WithdrawCommitmentCommand(ID, "We cannot support it after all", PERFORMER))
                .expectEvents(new CommitmentWithdrawnEvent(ID, PARTNERSHIP, BY_REQUESTING_ORG, PERFORMING_ORG, DUE,
                        "We cannot support it after all", PERFORMER));
    }

    @Test
    void withdrawalNeedsAReason() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.promisedCommitment())
                .when(new WithdrawCommitmentCommand(ID, null, PERFORMER))
                .expectNoEvents()
                .expectException(invalid("reason"));
    }

    @Test
    void aRequestNotYetPromisedIsDeclinedNotWithdrawn() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.requestedCommitment())
                .when(new WithdrawCommitmentCommand(ID, "Changed our mind", PERFORMER))
                .expectNoEvents()
                .expectException(ruleViolation(CommitmentRules.NOT_PROMISED));
    }

    @Test
    void onlyThePerformersSideCanWithdraw() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.promisedCommitment())
                .when(new WithdrawCommitmentCommand(ID, "They will never manage", REQUESTER))
                .expectNoEvents()
                .expectException(notPermitted(CommitmentRules.NOT_PERFORMER));
    }

    @Test
    void requesterCanReleaseAnOpenCommitmentWithReason() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.requestedCommitment())
                .when(new ReleaseCommitmentCommand(ID, "The board chose another route", REQUESTER))
                .expectEvents(new CommitmentReleasedEvent(ID, PARTNERSHIP, BY_REQUESTING_ORG, PERFORMING_ORG, DUE,
                        "The board chose another route", REQUESTER));
    }

    @Test
    void releaseNeedsAReason() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.promisedCommitment())
                .when(new ReleaseCommitmentCommand(ID, "", REQUESTER))
                .expectNoEvents()
                .expectException(invalid("reason"));
    }

    @Test
    void onlyTheRequestersSideCanRelease() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.promisedCommitment())
                .when(new ReleaseCommitmentCommand(ID, "Let us off", PERFORMER))
                .expectNoEvents()
                .expectException(notPermitted(CommitmentRules.NOT_REQUESTER));
    }

    @Test
    void cannotReleaseAKeptCommitment() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.keptCommitment())
                .when(new ReleaseCommitmentCommand(ID, "No longer needed", REQUESTER))
                .expectNoEvents()
                .expectException(ruleViolation(CommitmentRules.NOT_OPEN,
                        "commitment " + ID + " cannot be released: it is KEPT"));
    }
}
