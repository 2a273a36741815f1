package io.commitments.web;

import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.ProgressStatus;
import io.commitments.core.api.commitment.ReportProgressCommand;
import io.commitments.support.AbstractPostgresIntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two transactions decide on the same version of a commitment, as two nodes do: the first stores the next event
 * and holds its commit, the second (an HTTP command) stores its own next event, which waits on the first one's
 * row of the unique key (aggregate, sequence number) and fails once the first commits. The loser must be run
 * again on the winner's state, not answered 500 or stored over it: both reports end up stored, once each, at
 * different sequence numbers. PostgreSQL only: H2 does not make the second insert wait for the first.
 */
class ConcurrentAppendOnPostgresIntegrationTest extends AbstractPostgresIntegrationTest implements CommitmentRequests {

    @Test
    void commandThatLosesTheRaceForItsAggregateIsRunAgainOnTheWinnersState() throws Exception {
        CommitmentWorld world = CommitmentWorld.create(this);
        String id = promised(world);
        CommandGateway commands = context().getBean(CommandGateway.class);
        TransactionTemplate transaction = context().getBean(TransactionTemplate.class);
        CountDownLatch winnerAppended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<Void> winner = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            commands.sendAndWait(new ReportProgressCommand(CommitmentId.of(id), ProgressStatus.AT_RISK, "winner",
                    world.people().memberB().actor()));
            winnerAppended.countDown();
            awaitQuietly(release);
        }));
        assertThat(winnerAppended.await(20, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<MvcResult> loser = CompletableFuture.supplyAsync(() -> {
            try {
                return act(world.memberB(), id, "report-progress", "{\"status\": \"ON_TRACK\", \"note\": \"loser\"}")
                        .andReturn();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(20)).until(this::anAppendWaitsOnAnother);

        release.countDown();
        winner.get(20, TimeUnit.SECONDS);
        MvcResult answer = loser.get(30, TimeUnit.SECONDS);

        assertThat(answer.getResponse().getStatus()).as(answer.getResponse().getContentAsString()).isEqualTo(200);
        List<String> notes = jdbc().sql("""
                        SELECT convert_from(payload, 'UTF8')::json->>'note' FROM domain_event_entry
                        WHERE aggregate_identifier = :id AND payload_type LIKE '%ProgressReported%'
                        ORDER BY sequence_number""")
                .param("id", id).query(String.class).list();
        assertThat(notes).containsExactly("winner", "loser");
        assertThat(jdbc().sql("""
                        SELECT count(*) - count(DISTINCT sequence_number) FROM domain_event_entry
                        WHERE aggregate_identifier = :id""")
                .param("id", id).query(Long.class).single()).isZero();
    }

    private boolean anAppendWaitsOnAnother() {
        return jdbc().sql("""
                        SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()
                        AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO domain_event_entry%'""")
                .query(Long.class).single() > 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
