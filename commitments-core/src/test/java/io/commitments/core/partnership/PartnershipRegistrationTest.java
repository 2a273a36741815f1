package io.commitments.core.partnership;

import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.PartnershipRegisteredEvent;
import io.commitments.core.api.partnership.RegisterPartnershipCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PartnershipRegistrationTest {

    private static final PartnershipId PARTNERSHIP = PartnershipId.random();

    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partnership.class);
    }

    @Test
    void partnershipIsRegisteredWithItsRuleAndQuorum() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPartnershipCommand(PARTNERSHIP, "  North Valley PCN ", DecisionRule.CONSENT, 3))
                .expectEvents(new PartnershipRegisteredEvent(PARTNERSHIP, "North Valley PCN", DecisionRule.CONSENT, 3));
    }

    @Test
    void partnershipNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPartnershipCommand(PARTNERSHIP, " ", DecisionRule.CONSENT, 3))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("name is required");
    }

    @Test
    void partnershipNeedsADecisionRule() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPartnershipCommand(PARTNERSHIP, "PCN", null, 3))
                .expectNoEvents()
                .expectExceptionMessage("decisionRule is required");
    }

    @Test
    void quorumIsAtLeastOneMemberPresent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPartnershipCommand(PARTNERSHIP, "PCN", DecisionRule.MAJORITY, 0))
                .expectNoEvents()
                .expectException(InvalidCommandException.class);
    }
}
