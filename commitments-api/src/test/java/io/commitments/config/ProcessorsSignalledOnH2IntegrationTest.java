package io.commitments.config;

import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.RegisterPartnershipCommand;
import io.commitments.support.AbstractH2IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The processors learn of this node's events from a signal sent once the storing transaction has committed, not by
 * polling: with a poll far longer than the test, events reach the views only if the signal came after the commit.
 */
@TestPropertySource(properties = {"commitments.processing.poll-interval=1h",
        "commitments.read-your-writes.timeout=20s"})
class ProcessorsSignalledOnH2IntegrationTest extends AbstractH2IntegrationTest {

    @Autowired
    private CommandGateway commands;

    @Autowired
    private MeterRegistry meters;

    @Test
    void anHttpCommandsEventsReachTheViewsBeforeItsResponse() throws Exception {
        long caughtUp = waits(true);
        long timedOut = waits(false);

        mvc.perform(post("/api/partnerships").with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Signalled PCN %s", "decisionRule": "CONSENT", "quorum": 1}"""
                                .formatted(UUID.randomUUID())))
                .andExpect(status().isCreated());

        assertThat(waits(true)).isEqualTo(caughtUp + 1);
        assertThat(waits(false)).isEqualTo(timedOut);
    }

    @Test
    void aGatewayCommandsEventsReachTheViews() {
        PartnershipId partnership = PartnershipId.random();

        commands.sendAndWait(new RegisterPartnershipCommand(partnership, "Gateway PCN", DecisionRule.CONSENT, 1));

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc
                .sql("SELECT COUNT(*) FROM partnership_overview WHERE partnership_id = :id")
                .param("id", partnership.value()).query(Long.class).single() == 1);
    }

    private long waits(boolean caughtUp) {
        return (long) meters.get(ViewConsistency.WAIT_TIMER).tag("caught-up", String.valueOf(caughtUp)).timer().count();
    }
}
