package io.commitments.core.partnership;

import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.partnership.JoinPartnershipCommand;
import io.commitments.core.api.partnership.OrganisationJoinedPartnershipEvent;
import io.commitments.core.api.partnership.OrganisationWithdrewFromPartnershipEvent;
import io.commitments.core.api.partnership.WithdrawFromPartnershipCommand;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.purpose.EndorsePurposeCommand;
import io.commitments.core.api.purpose.OutcomeId;
import io.commitments.core.api.purpose.ProposePurposeCommand;
import io.commitments.core.api.purpose.PurposeAdoptedEvent;
import io.commitments.core.api.purpose.PurposeEndorsedEvent;
import io.commitments.core.api.purpose.PurposeOutcome;
import io.commitments.core.api.purpose.PurposeProposedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.commitments.core.partnership.ErrorMatchers.notPermitted;
import static io.commitments.core.partnership.ErrorMatchers.ruleViolation;
import static io.commitments.core.partnership.Parties.ADMIN;
import static io.commitments.core.partnership.Parties.COORDINATOR;
import static io.commitments.core.partnership.Parties.COUNCIL;
import static io.commitments.core.partnership.Parties.FOR_COUNCIL;
import static io.commitments.core.partnership.Parties.FOR_HOSPITAL;
import static io.commitments.core.partnership.Parties.FOR_OUTSIDER;
import static io.commitments.core.partnership.Parties.FOR_SURGERY;
import static io.commitments.core.partnership.Parties.HOSPITAL;
import static io.commitments.core.partnership.Parties.PARTNERSHIP;
import static io.commitments.core.partnership.Parties.SURGERY;
import static io.commitments.core.partnership.Parties.actorFor;
import static io.commitments.core.partnership.Parties.uuid;
import static io.commitments.core.partnership.PartnershipHistories.joined;
import static io.commitments.core.partnership.PartnershipHistories.withMembers;
import static io.commitments.core.partnership.PartnershipHistories.withdrew;

class SharedPurposeTest {

    static final String STATEMENT = "People in the north locality stay well at home";
    static final PurposeOutcome FEWER_ADMISSIONS =
            new PurposeOutcome(OutcomeId.of(uuid("fewer admissions")), "Fewer avoidable admissions");
    static final PurposeOutcome FASTER_DISCHARGE =
            new PurposeOutcome(OutcomeId.of(uuid("faster discharge")), "Discharge within a day of being fit");

    private FixtureConfiguration<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partnership.class);
        fixture.registerInjectableResource(new FakeMembershipRegistry());
    }

    static PurposeProposedEvent proposed(int version) {
        return new PurposeProposedEvent(PARTNERSHIP, version, STATEMENT, List.of(FEWER_ADMISSIONS), FOR_COUNCIL);
    }

    static PurposeEndorsedEvent endorsed(int version, OrganisationId organisation) {
        return new PurposeEndorsedEvent(PARTNERSHIP, version, organisation, actorFor(organisation));
    }

    static PurposeAdoptedEvent adopted(int version, Integer replaced, Actor actor, OrganisationId... endorsers) {
        return new PurposeAdoptedEvent(PARTNERSHIP, version, replaced, List.of(endorsers), actor);
    }

    /** Council and hospital are members; version 1 was proposed, endorsed by both and adopted. */
    static List<Object> adoptedFirstVersion() {
        List<Object> history = new ArrayList<>(withMembers(COUNCIL, HOSPITAL));
        history.add(proposed(1));
        history.add(endorsed(1, COUNCIL));
        history.add(endorsed(1, HOSPITAL));
        history.add(adopted(1, null, FOR_HOSPITAL, COUNCIL, HOSPITAL));
        return history;
    }

    @Test
    void memberProposesTheFirstVersion() {
        fixture.given(withMembers(COUNCIL, HOSPITAL))
                .when(new ProposePurposeCommand(PARTNERSHIP, STATEMENT, List.of(FEWER_ADMISSIONS), FOR_COUNCIL))
                .expectResultMessagePayload(1)
                .expectEvents(proposed(1));
    }

    @Test
    void coordinatorMayProposeAPurpose() {
        fixture.given(withMembers(COUNCIL))
                .when(new ProposePurposeCommand(PARTNERSHIP, STATEMENT, List.of(FEWER_ADMISSIONS), COORDINATOR))
                .expectEvents(new PurposeProposedEvent(PARTNERSHIP, 1, STATEMENT, List.of(FEWER_ADMISSIONS),
                        COORDINATOR));
    }

    @Test
    void onlyAMemberOrCoordinatorProposesAPurpose() {
        fixture.given(withMembers(COUNCIL))
                .when(new ProposePurposeCommand(PARTNERSHIP, STATEMENT, List.of(FEWER_ADMISSIONS), FOR_OUTSIDER))
                .expectNoEvents()
                .expectException(notPermitted("purpose.proposer-not-a-member"));
    }

    @Test
    void purposeNeedsAtLeastOneOutcome() {
        fixture.given(withMembers(COUNCIL))
                .when(new ProposePurposeCommand(PARTNERSHIP, STATEMENT, List.of(), FOR_COUNCIL))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("a purpose needs at least one outcome");
    }

    @Test
    void eachOutcomeHasItsOwnId() {
        PurposeOutcome sameId = new PurposeOutcome(FEWER_ADMISSIONS.outcomeId(), "Something else");
        fixture.given(withMembers(COUNCIL))
                .when(new ProposePurposeCommand(PARTNERSHIP, STATEMENT, List.of(FEWER_ADMISSIONS, sameId),
                        FOR_COUNCIL))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("outcome " + FEWER_ADMISSIONS.outcomeId() + " appears twice in this version");
    }

    @Test
    void endorsementByOneOfSeveralMembersLeavesTheVersionPending() {
        fixture.given(withMembers(COUNCIL, HOSPITAL))
                .andGiven(proposed(1))
                .when(new EndorsePurposeCommand(PARTNERSHIP, 1, FOR_COUNCIL))
                .expectEvents(endorsed(1, COUNCIL));
    }

    @Test
    void endorsementByTheLastMemberAdoptsTheVersion() {
        fixture.given(withMembers(COUNCIL, HOSPITAL))
                .andGiven(proposed(1), endorsed(1, COUNCIL))
                .when(new EndorsePurposeCommand(PARTNERSHIP, 1, FOR_HOSPITAL))
                .expectEvents(endorsed(1, HOSPITAL), adopted(1, null, FOR_HOSPITAL, COUNCIL, HOSPITAL));
    }

    @Test
    void endorsingTwiceChangesNothing() {
        fixture.given(withMembers(COUNCIL, HOSPITAL))
                .andGiven(proposed(1), endorsed(1, COUNCIL))
                .when(new EndorsePurposeCommand(PARTNERSHIP, 1, FOR_COUNCIL))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void onlyAMemberOrganisationEndorses() {
        fixture.given(withMembers(COUNCIL, HOSPITAL))
                .andGiven(proposed(1))
                .when(new EndorsePurposeCommand(PARTNERSHIP, 1, FOR_OUTSIDER))
                .expectNoEvents()
                .expectException(notPermitted("purpose.endorser-not-a-member"));
    }

    @Test
    void coordinatorActingForNoOrganisationDoesNotEndorse() {
        fixture.given(withMembers(COUNCIL, HOSPITAL))
                .andGiven(proposed(1))
                .when(new EndorsePurposeCommand(PARTNERSHIP, 1, COORDINATOR))
                .expectNoEvents()
                .expectException(notPermitted("purpose.endorser-not-a-member"));
    }

    @Test
    void unknownVersionCannotBeEndorsed() {
        fixture.given(withMembers(COUNCIL, HOSPITAL))
                .andGiven(proposed(1))
                .when(new EndorsePurposeCommand(PARTNERSHIP, 2, FOR_COUNCIL))
                .expectNoEvents()
                .expectException(ruleViolation(PartnershipViolations.unknownPurposeVersion(PARTNERSHIP, 2)));
    }

    @Test
    void revisionIsTheNextVersion() {
        fixture.given(adoptedFirstVersion())
                .when(new ProposePurposeCommand(PARTNERSHIP, STATEMENT, List.of(FEWER_ADMISSIONS, FASTER_DISCHARGE),
                        FOR_HOSPITAL))
                .expectResultMessagePayload(2)
                .expectEvents(new PurposeProposedEvent(PARTNERSHIP, 2, STATEMENT,
                        List.of(FEWER_ADMISSIONS, FASTER_DISCHARGE), FOR_HOSPITAL));
    }

    @Test
    void adoptedRevisionReplacesTheAdoptedVersion() {
        fixture.given(adoptedFirstVersion())
                .andGiven(proposed(2), endorsed(2, HOSPITAL))
                .when(new EndorsePurposeCommand(PARTNERSHIP, 2, FOR_COUNCIL))
                .expectEvents(endorsed(2, COUNCIL), adopted(2, 1, FOR_COUNCIL, HOSPITAL, COUNCIL));
    }

    @Test
    void supersededVersionCannotBeEndorsed() {
        fixture.given(adoptedFirstVersion())
                .andGiven(proposed(2), endorsed(2, HOSPITAL), endorsed(2, COUNCIL),
                        adopted(2, 1, FOR_COUNCIL, HOSPITAL, COUNCIL), joined(SURGERY))
                .when(new EndorsePurposeCommand(PARTNERSHIP, 1, FOR_SURGERY))
                .expectNoEvents()
                .expectException(ruleViolation(PartnershipViolations.purposeVersionSuperseded(PARTNERSHIP, 1, 2)));
    }

    @Test
    void pendingVersionOlderThanTheAdoptedOneIsSuperseded() {
        fixture.given(withMembers(COUNCIL, HOSPITAL))
                .andGiven(proposed(1), proposed(2), endorsed(2, COUNCIL), endorsed(2, HOSPITAL),
                        adopted(2, null, FOR_HOSPITAL, COUNCIL, HOSPITAL))
                .when(new EndorsePurposeCommand(PARTNERSHIP, 1, FOR_COUNCIL))
                .expectNoEvents()
                .expectException(ruleViolation(PartnershipViolations.purposeVersionSuperseded(PARTNERSHIP, 1, 2)));
    }

    @Test
    void laterMemberEndorsesTheAdoptedVersion() {
        fixture.given(adoptedFirstVersion())
                .andGiven(joined(SURGERY))
                .when(new EndorsePurposeCommand(PARTNERSHIP, 1, FOR_SURGERY))
                .expectEvents(endorsed(1, SURGERY));
    }

    @Test
    void memberWhoJoinsWhileAVersionIsPendingMustEndorseItToo() {
        fixture.given(withMembers(COUNCIL, HOSPITAL))
                .andGiven(proposed(1), endorsed(1, COUNCIL), joined(SURGERY))
                .when(new EndorsePurposeCommand(PARTNERSHIP, 1, FOR_HOSPITAL))
                .expectEvents(endorsed(1, HOSPITAL));
    }

    @Test
    void withdrawalOfTheOnlyMemberYetToEndorseAdoptsThePendingVersion() {
        fixture.given(withMembers(COUNCIL, HOSPITAL, SURGERY))
                .andGiven(proposed(1), endorsed(1, COUNCIL), endorsed(1, HOSPITAL))
                .when(new WithdrawFromPartnershipCommand(PARTNERSHIP, SURGERY, "practice closing", ADMIN))
                .expectEvents(new OrganisationWithdrewFromPartnershipEvent(PARTNERSHIP, SURGERY, "practice closing",
                                ADMIN),
                        adopted(1, null, ADMIN, COUNCIL, HOSPITAL));
    }

    @Test
    void withdrawalAdoptsNothingWhileAnotherMemberHasNotEndorsed() {
        fixture.given(withMembers(COUNCIL, HOSPITAL, SURGERY))
                .andGiven(proposed(1), endorsed(1, COUNCIL))
                .when(new WithdrawFromPartnershipCommand(PARTNERSHIP, SURGERY, "practice closing", ADMIN))
                .expectEvents(new OrganisationWithdrewFromPartnershipEvent(PARTNERSHIP, SURGERY, "practice closing",
                        ADMIN));
    }

    @Test
    void withdrawnEndorserNoLongerCounts() {
        fixture.given(withMembers(COUNCIL, HOSPITAL, SURGERY))
                .andGiven(proposed(1), endorsed(1, SURGERY), withdrew(SURGERY, "practice closing"),
                        new OrganisationJoinedPartnershipEvent(PARTNERSHIP, SURGERY, ADMIN), endorsed(1, COUNCIL))
                .when(new EndorsePurposeCommand(PARTNERSHIP, 1, FOR_HOSPITAL))
                .expectEvents(endorsed(1, HOSPITAL));
    }

    @Test
    void rejoinedOrganisationEndorsesTheAdoptedVersionAgain() {
        fixture.given(adoptedFirstVersion())
                .andGiven(withdrew(HOSPITAL, "merged"), joined(HOSPITAL))
                .when(new EndorsePurposeCommand(PARTNERSHIP, 1, FOR_HOSPITAL))
                .expectEvents(endorsed(1, HOSPITAL));
    }

    @Test
    void joiningDoesNotEndorseOnTheNewMembersBehalf() {
        fixture.given(adoptedFirstVersion())
                .when(new JoinPartnershipCommand(PARTNERSHIP, SURGERY, ADMIN))
                .expectEvents(joined(SURGERY));
    }
}
