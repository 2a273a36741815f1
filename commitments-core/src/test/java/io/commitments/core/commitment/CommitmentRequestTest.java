package io.commitments.core.commitment;

import io.commitments.core.api.commitment.CommitmentOfferedEvent;
import io.commitments.core.api.commitment.CommitmentRequestedEvent;
import io.commitments.core.api.commitment.OfferCommitmentCommand;
import io.commitments.core.api.commitment.RequestCommitmentCommand;
import io.commitments.core.api.commitment.Requester;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.commitments.core.commitment.Histories.CONDITIONS;
import static io.commitments.core.commitment.Histories.COORDINATOR;
import static io.commitments.core.commitment.Histories.DECISION;
import static io.commitments.core.commitment.Histories.DESCRIPTION;
import static io.commitments.core.commitment.Histories.DUE;
import static io.commitments.core.commitment.Histories.ID;
import static io.commitments.core.commitment.Histories.NOW;
import static io.commitments.core.commitment.Histories.OUTCOME;
import static io.commitments.core.commitment.Histories.OUTSIDER;
import static io.commitments.core.commitment.Histories.OUTSIDE_ORG;
import static io.commitments.core.commitment.Histories.PARTNERSHIP;
import static io.commitments.core.commitment.Histories.PERFORMER;
import static io.commitments.core.commitment.Histories.PERFORMING_ORG;
import static io.commitments.core.commitment.Histories.REQUESTER;
import static io.commitments.core.commitment.Histories.REQUESTING_ORG;
import static io.commitments.core.commitment.Histories.TODAY;
import static io.commitments.core.commitment.Refusals.invalid;
import static io.commitments.core.commitment.Refusals.notPermitted;
import static io.commitments.core.commitment.Refusals.ruleViolation;

/** How a commitment begins: requested of a member, or offered by one. */
class CommitmentRequestTest {

    private Members members;
    private AggregateTestFixture<Commitment> fixture;

    @BeforeEach
    void setUp() {
        members = Histories.members();
        fixture = Histories.fixture(members, DueDates.utc());
    }

    private static RequestCommitmentCommand request(Requester requester, LocalDate dueDate,
                                                    io.commitments.core.api.party.Actor actor) {
        return new RequestCommitmentCommand(ID, PARTNERSHIP, requester, PERFORMING_ORG, DESCRIPTION, dueDate,
                CONDITIONS, OUTCOME, actor);
    }

    @Test
    void memberCanRequestCommitmentOfAnotherMemberForAPurposeOutcome() {
        fixture.givenCurrentTime(NOW)
                .when(request(Requester.byMember(REQUESTING_ORG), DUE, REQUESTER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(Histories.requested());
    }

    @Test
    void coordinatorRequestsTheActionOfADecisionWhichStaysLinkedToIt() {
        fixture.givenCurrentTime(NOW)
                .when(new RequestCommitmentCommand(ID, PARTNERSHIP, Requester.byDecision(DECISION), PERFORMING_ORG,
                        "  " + DESCRIPTION + " ", DUE, " ", OUTCOME, COORDINATOR))
                .expectEvents(Histories.requestedByDecision().get(0));
    }

    @Test
    void onlyCoordinatorsRequestForADecision() {
        fixture.givenCurrentTime(NOW)
                .when(request(Requester.byDecision(DECISION), DUE, REQUESTER))
                .expectNoEvents()
                .expectException(notPermitted(CommitmentRules.NOT_REQUESTER));
    }

    @Test
    void onlyTheRequestingOrganisationsPeopleRequestForIt() {
        fixture.givenCurrentTime(NOW)
                .when(request(Requester.byMember(REQUESTING_ORG), DUE, OUTSIDER))
                .expectNoEvents()
                .expectException(notPermitted(CommitmentRules.NOT_REQUESTER));
    }

    @Test
    void performerMustBeACurrentMember() {
        members.leave(PERFORMING_ORG);
        fixture.givenCurrentTime(NOW)
                .when(request(Requester.byMember(REQUESTING_ORG), DUE, REQUESTER))
                .expectNoEvents()
                .expectException(ruleViolation(CommitmentRules.PERFORMER_NOT_MEMBER));
    }

    @Test
    void requestingOrganisationMustBeACurrentMember() {
        fixture.givenCurrentTime(NOW)
                .when(request(Requester.byMember(OUTSIDE_ORG), DUE, OUTSIDER))
                .expectNoEvents()
                .expectException(ruleViolation(CommitmentRules.REQUESTER_NOT_MEMBER));
    }

    @Test
    void organisationCannotRequestACommitmentOfItself() {
        fixture.givenCurrentTime(NOW)
                .when(request(Requester.byMember(PERFORMING_ORG), DUE, PERFORMER))
                .expectNoEvents()
                .expectException(invalid("performer"));
    }

    @Test
    void requestNeedsADescription() {
        fixture.givenCurrentTime(NOW)
                .when(new RequestCommitmentCommand(ID, PARTNERSHIP, Requester.byMember(REQUESTING_ORG),
                        PERFORMING_ORG, " ", DUE, null, null, REQUESTER))
                .expectNoEvents()
                .expectException(invalid("description"));
    }

    @Test
    void requestNeedsADueDate() {
        fixture.givenCurrentTime(NOW)
                .when(request(Requester.byMember(REQUESTING_ORG), null, REQUESTER))
                .expectNoEvents()
                .expectException(invalid("dueDate"));
    }

    @Test
    void dueDateBeforeTheDayOfTheRequestIsInvalid() {
        fixture.givenCurrentTime(NOW)
                .when(request(Requester.byMember(REQUESTING_ORG), TODAY.minusDays(1), REQUESTER))
                .expectNoEvents()
                .expectException(invalid("dueDate"));
    }

    @Test
    void commitmentCanBeDueOnTheDayItIsRequested() {
        fixture.givenCurrentTime(NOW)
                .when(request(Requester.byMember(REQUESTING_ORG), TODAY, REQUESTER))
                .expectEvents(new CommitmentRequestedEvent(ID, PARTNERSHIP, Requester.byMember(REQUESTING_ORG),
                        PERFORMING_ORG, DESCRIPTION, TODAY, CONDITIONS, OUTCOME, REQUESTER));
    }

    @Test
    void memberCanOfferACommitmentToThePartnership() {
        fixture.givenCurrentTime(NOW)
                .when(new OfferCommitmentCommand(ID, PARTNERSHIP, PERFORMING_ORG, DESCRIPTION, DUE, CONDITIONS,
                        OUTCOME, PERFORMER))
                .expectEvents(new CommitmentOfferedEvent(ID, PARTNERSHIP, PERFORMING_ORG, DESCRIPTION, DUE,
                        CONDITIONS, OUTCOME, PERFORMER));
    }

    @Test
    void onlyTheOfferingOrganisationsPeopleOfferForIt() {
        fixture.givenCurrentTime(NOW)
                .when(new OfferCommitmentCommand(ID, PARTNERSHIP, PERFORMING_ORG, DESCRIPTION, DUE, null, null,
                        REQUESTER))
                .expectNoEvents()
                .expectException(notPermitted(CommitmentRules.NOT_PERFORMER));
    }

    @Test
    void offeringOrganisationMustBeACurrentMember() {
        members.leave(PERFORMING_ORG);
        fixture.givenCurrentTime(NOW)
                .when(new OfferCommitmentCommand(ID, PARTNERSHIP, PERFORMING_ORG, DESCRIPTION, DUE, null, null,
                        PERFORMER))
                .expectNoEvents()
                .expectException(ruleViolation(CommitmentRules.PERFORMER_NOT_MEMBER));
    }
}
