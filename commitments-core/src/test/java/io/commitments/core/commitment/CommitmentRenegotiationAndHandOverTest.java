package io.commitments.core.commitment;

import io.commitments.core.api.commitment.AcceptHandOverCommand;
import io.commitments.core.api.commitment.AcceptRenegotiationCommand;
import io.commitments.core.api.commitment.CommitmentCompletionReportedEvent;
import io.commitments.core.api.commitment.CommitmentHandOverAcceptedEvent;
import io.commitments.core.api.commitment.CommitmentHandOverProposedEvent;
import io.commitments.core.api.commitment.CommitmentProgressReportedEvent;
import io.commitments.core.api.commitment.CommitmentRenegotiatedEvent;
import io.commitments.core.api.commitment.CommitmentRenegotiationProposedEvent;
import io.commitments.core.api.commitment.CommitmentSatisfactionDeniedEvent;
import io.commitments.core.api.commitment.CommitmentSide;
import io.commitments.core.api.commitment.HandOverCommitmentCommand;
import io.commitments.core.api.commitment.ProgressStatus;
import io.commitments.core.api.commitment.ProposeRenegotiationCommand;
import io.commitments.core.api.commitment.ReportCompletionCommand;
import io.commitments.core.api.commitment.ReportProgressCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.commitments.core.commitment.Histories.DUE;
import static io.commitments.core.commitment.Histories.ID;
import static io.commitments.core.commitment.Histories.LATER;
import static io.commitments.core.commitment.Histories.NOW;
import static io.commitments.core.commitment.Histories.OUTSIDER;
import static io.commitments.core.commitment.Histories.OUTSIDE_ORG;
import static io.commitments.core.commitment.Histories.PARTNERSHIP;
import static io.commitments.core.commitment.Histories.PERFORMER;
import static io.commitments.core.commitment.Histories.PERFORMING_ORG;
import static io.commitments.core.commitment.Histories.RECEIVER;
import static io.commitments.core.commitment.Histories.RECEIVING_ORG;
import static io.commitments.core.commitment.Histories.REQUESTER;
import static io.commitments.core.commitment.Refusals.invalid;
import static io.commitments.core.commitment.Refusals.notPermitted;
import static io.commitments.core.commitment.Refusals.ruleViolation;

/** Moving a promise: a new due date both sides agree, or another member taking it over. */
class CommitmentRenegotiationAndHandOverTest {

    private Members members;
    private AggregateTestFixture<Commitment> fixture;

    @BeforeEach
    void setUp() {
        members = Histories.members();
        fixture = Histories.fixture(members, DueDates.utc());
    }

    private static CommitmentRenegotiationProposedEvent proposedByRequester() {
        return new CommitmentRenegotiationProposedEvent(ID, PARTNERSHIP, PERFORMING_ORG, CommitmentSide.REQUESTER,
                LATER, "The board meets later", REQUESTER);
    }

    @Test
    void performerCanProposeANewDueDateWithReason() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.promisedCommitment())
                .when(new ProposeRenegotiationCommand(ID, LATER, "The data arrives late", PERFORMER))
                .expectEvents(Histories.renegotiationProposedByPerformer());
    }

    @Test
    void requesterCanProposeANewDueDateWithReason() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.promisedCommitment())
                .when(new ProposeRenegotiationCommand(ID, LATER, "The board meets later", REQUESTER))
                .expectEvents(proposedByRequester());
    }

    @Test
    void noOneOutsideTheConversationCanProposeANewDueDate() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.promisedCommitment())
                .when(new ProposeRenegotiationCommand(ID, LATER, "Why not", OUTSIDER))
                .expectNoEvents()
                .expectException(notPermitted(CommitmentRules.NOT_PARTY));
    }

    @Test
    void renegotiatingToTheCurrentDueDateIsInvalid() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.promisedCommitment())
                .when(new ProposeRenegotiationCommand(ID, DUE, "Same again", PERFORMER))
                .expectNoEvents()
                .expectException(invalid("dueDate"));
    }

    @Test
    void renegotiationNeedsAReason() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.promisedCommitment())
                .when(new ProposeRenegotiationCommand(ID, LATER, " ", PERFORMER))
                .expectNoEvents()
                .expectException(invalid("reason"));
    }

    @Test
    void requesterAcceptsANewDueDateProposedByThePerformer() {
        fixture.givenCurrentTime(NOW)
                .andGiven(Histories.with(Histories.promisedCommitment(), Histories.renegotiationProposedByPerformer()))
                .when(new AcceptRenegotiationCommand(ID, REQUESTER))
                .expectEvents(new CommitmentRenegotiatedEvent(ID, PARTNERSHIP, PERFORMING_ORG, DUE, LATER, false,
                        REQUESTER));
    }

    @Test
    void performerAcceptsANewDueDateProposedByTheRequester() {
        fixture.givenCurrentTime(NOW)
                .andGiven(Histories.with(Histories.promisedCommitment(), proposedByRequester()))
                .when(new AcceptRenegotiationCommand(ID, PERFORMER))
                .expectEvents(new CommitmentRenegotiatedEvent(ID, PARTNERSHIP, PERFORMING_ORG, DUE, LATER, false,
                        PERFORMER));
    }

    @Test
    void theSideThatProposedANewDueDateCannotAcceptItItself() {
        fixture.givenCurrentTime(NOW)
                .andGiven(Histories.with(Histories.promisedCommitment(), Histories.renegotiationProposedByPerformer()))
                .when(new AcceptRenegotiationCommand(ID, PERFORMER))
                .expectNoEvents()
                .expectException(notPermitted(CommitmentRules.NOT_REQUESTER));
    }

    @Test
    void cannotAcceptARenegotiationNobodyProposed() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.promisedCommitment())
                .when(new AcceptRenegotiationCommand(ID, REQUESTER))
                .expectNoEvents()
                .expectException(ruleViolation(CommitmentRules.NO_RENEGOTIATION_PROPOSED,
                        CommitmentRules.noRenegotiationMessage(ID)));
    }

    @Test
    void anAcceptedRenegotiationCannotBeAcceptedTwice() {
        fixture.givenCurrentTime(NOW)
                .andGiven(Histories.with(Histories.promisedCommitment(), Histories.renegotiationProposedByPerformer(),
                        new CommitmentRenegotiatedEvent(ID, PARTNERSHIP, PERFORMING_ORG, DUE, LATER, false,
                                REQUESTER)))
                .when(new AcceptRenegotiationCommand(ID, REQUESTER))
                .expectNoEvents()
                .expectException(ruleViolation(CommitmentRules.NO_RENEGOTIATION_PROPOSED));
    }

    @Test
    void aProposalLapsesWhenCompletionIsReported() {
        fixture.givenCurrentTime(NOW)
                .andGiven(Histories.with(Histories.promisedCommitment(), Histories.renegotiationProposedByPerformer(),
                        Histories.completionReported(), new CommitmentSatisfactionDeniedEvent(ID, PARTNERSHIP,
                                PERFORMING_ORG, DUE, "Not yet", REQUESTER)))
                .when(new AcceptRenegotiationCommand(ID, REQUESTER))
                .expectNoEvents()
                .expectException(ruleViolation(CommitmentRules.NO_RENEGOTIATION_PROPOSED));
    }

    @Test
    void performerCanProposeToHandOverToAnotherOrganisationWithNote() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.promisedCommitment())
                .when(new HandOverCommitmentCommand(ID, RECEIVING_ORG, "Ward C runs the discharge lounge now",
                        PERFORMER))
                .expectEvents(Histories.handOverProposed());
    }

    @Test
    void onlyThePerformersSideCanHandOver() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.promisedCommitment())
                .when(new HandOverCommitmentCommand(ID, RECEIVING_ORG, "Take it", REQUESTER))
                .expectNoEvents()
                .expectException(notPermitted(CommitmentRules.NOT_PERFORMER));
    }

    @Test
    void performerCannotHandOverToItself() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.promisedCommitment())
                .when(new HandOverCommitmentCommand(ID, PERFORMING_ORG, "To us", PERFORMER))
                .expectNoEvents()
                .expectException(invalid("toOrganisation"));
    }

    @Test
    void receivingOrganisationAcceptsTheHandOverAndBecomesThePerformer() {
        fixture.givenCurrentTime(NOW)
                .andGiven(Histories.with(Histories.promisedCommitment(), Histories.handOverProposed()))
                .when(new AcceptHandOverCommand(ID, RECEIVER))
                .expectEvents(new CommitmentHandOverAcceptedEvent(ID, PARTNERSHIP, PERFORMING_ORG, RECEIVING_ORG,
                        RECEIVER));
    }

    @Test
    void untilTheHandOverIsAcceptedTheFirstPerformerStaysAccountable() {
        fixture.givenCurrentTime(NOW)
                .andGiven(Histories.with(Histories.promisedCommitment(), Histories.handOverProposed()))
                .when(new ReportProgressCommand(ID, ProgressStatus.ON_TRACK, "Still ours for now", PERFORMER))
                .expectEvents(new CommitmentProgressReportedEvent(ID, PARTNERSHIP, PERFORMING_ORG,
                        ProgressStatus.ON_TRACK, "Still ours for now", PERFORMER));
    }

    @Test
    void theReceiverCannotActAsPerformerBeforeAccepting() {
        fixture.givenCurrentTime(NOW)
                .andGiven(Histories.with(Histories.promisedCommitment(), Histories.handOverProposed()))
                .when(new ReportCompletionCommand(ID, "Done by us", RECEIVER))
                .expectNoEvents()
                .expectException(notPermitted(CommitmentRules.NOT_PERFORMER));
    }

    @Test
    void afterTheHandOverTheNewPerformerActsAndTheFirstNoLonger() {
        fixture.givenCurrentTime(NOW)
                .andGiven(Histories.with(Histories.promisedCommitment(), Histories.handOverProposed(),
                        new CommitmentHandOverAcceptedEvent(ID, PARTNERSHIP, PERFORMING_ORG, RECEIVING_ORG,
                                RECEIVER)))
                .when(new ReportCompletionCommand(ID, "Done by ward C", RECEIVER))
                .expectEvents(new CommitmentCompletionReportedEvent(ID, PARTNERSHIP, RECEIVING_ORG, DUE,
                        "Done by ward C", RECEIVER));
    }

    @Test
    void theFirstPerformerCannotActAfterHandingOver() {
        fixture.givenCurrentTime(NOW)
                .andGiven(Histories.with(Histories.promisedCommitment(), Histories.handOverProposed(),
                        new CommitmentHandOverAcceptedEvent(ID, PARTNERSHIP, PERFORMING_ORG, RECEIVING_ORG,
                                RECEIVER)))
                .when(new ReportCompletionCommand(ID, "Done by ward B", PERFORMER))
                .expectNoEvents()
                .expectException(notPermitted(CommitmentRules.NOT_PERFORMER));
    }

    @Test
    void onlyTheReceivingOrganisationCanAcceptTheHandOver() {
        fixture.givenCurrentTime(NOW)
                .andGiven(Histories.with(Histories.promisedCommitment(), Histories.handOverProposed()))
                .when(new AcceptHandOverCommand(ID, OUTSIDER))
                .expectNoEvents()
                .expectException(notPermitted(CommitmentRules.NOT_RECEIVER));
    }

    @Test
    void receivingOrganisationMustBeACurrentMemberWhenItAccepts() {
        members.leave(RECEIVING_ORG);
        fixture.givenCurrentTime(NOW)
                .andGiven(Histories.with(Histories.promisedCommitment(), Histories.handOverProposed()))
                .when(new AcceptHandOverCommand(ID, RECEIVER))
                .expectNoEvents()
                .expectException(ruleViolation(CommitmentRules.RECEIVER_NOT_MEMBER));
    }

    @Test
    void aHandOverToANonMemberCanBeProposedButNeverAccepted() {
        fixture.givenCurrentTime(NOW)
                .andGiven(Histories.with(Histories.promisedCommitment(),
                        new CommitmentHandOverProposedEvent(ID, PARTNERSHIP, PERFORMING_ORG, OUTSIDE_ORG,
                                "To our contractor", PERFORMER)))
                .when(new AcceptHandOverCommand(ID, OUTSIDER))
                .expectNoEvents()
                .expectException(ruleViolation(CommitmentRules.RECEIVER_NOT_MEMBER));
    }

    @Test
    void cannotAcceptAHandOverNobodyProposed() {
        fixture.givenCurrentTime(NOW).andGiven(Histories.promisedCommitment())
                .when(new AcceptHandOverCommand(ID, RECEIVER))
                .expectNoEvents()
                .expectException(ruleViolation(CommitmentRules.NO_HAND_OVER_PROPOSED,
                        CommitmentRules.noHandOverMessage(ID)));
    }

    @Test
    void resentAcceptanceOfAHandOverIsIgnoredWithoutError() {
        fixture.givenCurrentTime(NOW)
                .andGiven(Histories.with(Histories.promisedCommitment(), Histories.handOverProposed(),
                        new CommitmentHandOverAcceptedEvent(ID, PARTNERSHIP, PERFORMING_ORG, RECEIVING_ORG,
                                RECEIVER)))
                .when(new AcceptHandOverCommand(ID, RECEIVER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
