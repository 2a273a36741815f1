package io.commitments.core.decision;

import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.contest.ContestDecisionCommand;
import io.commitments.core.api.contest.ContestNoteAttachedEvent;
import io.commitments.core.api.contest.ContestNoteId;
import io.commitments.core.api.contest.ContestedRecord;
import io.commitments.core.partnership.FakeMembershipRegistry;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.commitments.core.decision.DecisionTest.DECISION;
import static io.commitments.core.decision.DecisionTest.recorded;
import static io.commitments.core.decision.DecisionTest.rescinded;
import static io.commitments.core.partnership.ErrorMatchers.notPermitted;
import static io.commitments.core.partnership.Parties.COORDINATOR;
import static io.commitments.core.partnership.Parties.COUNCIL;
import static io.commitments.core.partnership.Parties.FOR_HOSPITAL;
import static io.commitments.core.partnership.Parties.FOR_OUTSIDER;
import static io.commitments.core.partnership.Parties.HOSPITAL;
import static io.commitments.core.partnership.Parties.PARTNERSHIP;
import static io.commitments.core.partnership.Parties.uuid;

class DecisionContestTest {

    static final ContestNoteId NOTE = ContestNoteId.of(uuid("note"));
    static final String WHY = "The minutes record us as agreeing; we disagreed and said so";

    private FixtureConfiguration<Decision> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Decision.class);
        fixture.registerInjectableResource(new FakeMembershipRegistry()
                .members(PARTNERSHIP, COUNCIL, HOSPITAL)
                .coordinator(PARTNERSHIP, COORDINATOR.person()));
    }

    @Test
    void memberAttachesAContestNoteToADecision() {
        fixture.given(recorded())
                .when(new ContestDecisionCommand(DECISION, NOTE, WHY, FOR_HOSPITAL))
                .expectEvents(new ContestNoteAttachedEvent(PARTNERSHIP, NOTE, ContestedRecord.decision(DECISION),
                        HOSPITAL, WHY, FOR_HOSPITAL));
    }

    @Test
    void rescindedDecisionCanStillBeContested() {
        fixture.given(recorded(), rescinded())
                .when(new ContestDecisionCommand(DECISION, NOTE, WHY, FOR_HOSPITAL))
                .expectEvents(new ContestNoteAttachedEvent(PARTNERSHIP, NOTE, ContestedRecord.decision(DECISION),
                        HOSPITAL, WHY, FOR_HOSPITAL));
    }

    @Test
    void contestNeedsAReason() {
        fixture.given(recorded())
                .when(new ContestDecisionCommand(DECISION, NOTE, null, FOR_HOSPITAL))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("note is required");
    }

    @Test
    void onlyAMemberOrganisationContestsADecision() {
        fixture.given(recorded())
                .when(new ContestDecisionCommand(DECISION, NOTE, WHY, FOR_OUTSIDER))
                .expectNoEvents()
                .expectException(notPermitted("contest.not-a-member"));
    }

    @Test
    void attachingTheSameNoteAgainChangesNothing() {
        fixture.given(recorded(), new ContestNoteAttachedEvent(PARTNERSHIP, NOTE, ContestedRecord.decision(DECISION),
                        HOSPITAL, WHY, FOR_HOSPITAL))
                .when(new ContestDecisionCommand(DECISION, NOTE, WHY, FOR_HOSPITAL))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
