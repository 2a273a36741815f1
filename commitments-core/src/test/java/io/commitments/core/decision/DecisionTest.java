package io.commitments.core.decision;

import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.decision.DecisionActionRecordedEvent;
import io.commitments.core.api.decision.DecisionId;
import io.commitments.core.api.decision.DecisionRecordedEvent;
import io.commitments.core.api.decision.DecisionRescindedEvent;
import io.commitments.core.api.decision.RecordDecisionActionCommand;
import io.commitments.core.api.decision.RescindDecisionCommand;
import io.commitments.core.api.meeting.MeetingId;
import io.commitments.core.api.meeting.Position;
import io.commitments.core.api.meeting.ProposalId;
import io.commitments.core.api.meeting.RecordedPosition;
import io.commitments.core.partnership.FakeMembershipRegistry;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.commitments.core.partnership.ErrorMatchers.notPermitted;
import static io.commitments.core.partnership.ErrorMatchers.ruleViolation;
import static io.commitments.core.partnership.Parties.COORDINATOR;
import static io.commitments.core.partnership.Parties.COUNCIL;
import static io.commitments.core.partnership.Parties.FOR_COUNCIL;
import static io.commitments.core.partnership.Parties.HOSPITAL;
import static io.commitments.core.partnership.Parties.OUTSIDER;
import static io.commitments.core.partnership.Parties.PARTNERSHIP;
import static io.commitments.core.partnership.Parties.uuid;

class DecisionTest {

    static final DecisionId DECISION = DecisionId.of(uuid("decision"));
    static final DecisionId LATER_DECISION = DecisionId.of(uuid("later decision"));
    static final CommitmentId STAFF_THE_TEAM = CommitmentId.of(uuid("staff the team"));
    static final LocalDate JUNE_FIRST = LocalDate.parse("2026-06-01");

    private FixtureConfiguration<Decision> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Decision.class);
        fixture.registerInjectableResource(new FakeMembershipRegistry()
                .members(PARTNERSHIP, COUNCIL, HOSPITAL)
                .coordinator(PARTNERSHIP, COORDINATOR.person()));
    }

    /** Object mother: the decision as the meeting records it when its proposal is adopted. */
    static DecisionRecordedEvent recorded() {
        return new DecisionRecordedEvent(DECISION, PARTNERSHIP, MeetingId.of(uuid("meeting")),
                ProposalId.of(uuid("proposal")), "Discharge to assess", "Fund a joint team for six months", null,
                List.of(new RecordedPosition(COUNCIL, Position.AGREE, null)), COORDINATOR);
    }

    static DecisionRescindedEvent rescinded() {
        return new DecisionRescindedEvent(DECISION, PARTNERSHIP, "funding withdrawn", null, COORDINATOR);
    }

    static RecordDecisionActionCommand staffTheTeam() {
        return new RecordDecisionActionCommand(DECISION, STAFF_THE_TEAM, HOSPITAL, "Second two discharge nurses",
                JUNE_FIRST, "Both nurses on the rota", COORDINATOR);
    }

    @Test
    void decisionInForceRecordsAnAction() {
        fixture.given(recorded())
                .when(staffTheTeam())
                .expectEvents(new DecisionActionRecordedEvent(DECISION, PARTNERSHIP, STAFF_THE_TEAM, HOSPITAL,
                        "Second two discharge nurses", JUNE_FIRST, "Both nurses on the rota", COORDINATOR));
    }

    @Test
    void conditionsOfSatisfactionAreOptional() {
        fixture.given(recorded())
                .when(new RecordDecisionActionCommand(DECISION, STAFF_THE_TEAM, HOSPITAL, "Second two nurses",
                        JUNE_FIRST, null, COORDINATOR))
                .expectEvents(new DecisionActionRecordedEvent(DECISION, PARTNERSHIP, STAFF_THE_TEAM, HOSPITAL,
                        "Second two nurses", JUNE_FIRST, null, COORDINATOR));
    }

    @Test
    void actionNeedsADueDate() {
        fixture.given(recorded())
                .when(new RecordDecisionActionCommand(DECISION, STAFF_THE_TEAM, HOSPITAL, "Second two nurses",
                        null, null, COORDINATOR))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("dueDate is required");
    }

    @Test
    void onlyACoordinatorRecordsAnAction() {
        fixture.given(recorded())
                .when(new RecordDecisionActionCommand(DECISION, STAFF_THE_TEAM, HOSPITAL, "Second two nurses",
                        JUNE_FIRST, null, FOR_COUNCIL))
                .expectNoEvents()
                .expectException(notPermitted("decision.coordinator-only"));
    }

    @Test
    void actionIsRequestedOnlyOfAMember() {
        fixture.given(recorded())
                .when(new RecordDecisionActionCommand(DECISION, STAFF_THE_TEAM, OUTSIDER, "Second two nurses",
                        JUNE_FIRST, null, COORDINATOR))
                .expectNoEvents()
                .expectException(ruleViolation(DecisionViolations.performerNotAMember(DECISION, PARTNERSHIP,
                        OUTSIDER)));
    }

    @Test
    void recordingTheSameActionAgainChangesNothing() {
        fixture.given(recorded(), new DecisionActionRecordedEvent(DECISION, PARTNERSHIP, STAFF_THE_TEAM, HOSPITAL,
                        "Second two discharge nurses", JUNE_FIRST, "Both nurses on the rota", COORDINATOR))
                .when(staffTheTeam())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void rescindedDecisionRecordsNoAction() {
        fixture.given(recorded(), rescinded())
                .when(staffTheTeam())
                .expectNoEvents()
                .expectException(ruleViolation(DecisionViolations.notInForce(DECISION, "record an action",
                        Decision.State.RESCINDED)));
    }

    @Test
    void coordinatorRescindsADecisionWithAReason() {
        fixture.given(recorded())
                .when(new RescindDecisionCommand(DECISION, "funding withdrawn", null, COORDINATOR))
                .expectEvents(rescinded());
    }

    @Test
    void laterDecisionSupersedesADecision() {
        fixture.given(recorded())
                .when(new RescindDecisionCommand(DECISION, "replaced by the winter plan", LATER_DECISION,
                        COORDINATOR))
                .expectEvents(new DecisionRescindedEvent(DECISION, PARTNERSHIP, "replaced by the winter plan",
                        LATER_DECISION, COORDINATOR));
    }

    @Test
    void rescindingNeedsAReason() {
        fixture.given(recorded())
                .when(new RescindDecisionCommand(DECISION, null, LATER_DECISION, COORDINATOR))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("reason is required");
    }

    @Test
    void decisionCannotSupersedeItself() {
        fixture.given(recorded())
                .when(new RescindDecisionCommand(DECISION, "oops", DECISION, COORDINATOR))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("a decision cannot supersede itself");
    }

    @Test
    void onlyACoordinatorRescindsADecision() {
        fixture.given(recorded())
                .when(new RescindDecisionCommand(DECISION, "we changed our minds", null, FOR_COUNCIL))
                .expectNoEvents()
                .expectException(notPermitted("decision.coordinator-only"));
    }

    @Test
    void rescindedDecisionCannotBeRescindedAgain() {
        fixture.given(recorded(), rescinded())
                .when(new RescindDecisionCommand(DECISION, "again", null, COORDINATOR))
                .expectNoEvents()
                .expectException(ruleViolation(DecisionViolations.notInForce(DECISION, "be rescinded",
                        Decision.State.RESCINDED)));
    }
}
