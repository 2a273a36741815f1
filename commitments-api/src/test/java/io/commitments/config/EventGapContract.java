package io.commitments.config;

import io.commitments.core.api.organisation.FindOrganisationQuery;
import io.commitments.core.api.organisation.OrganisationSummary;
import io.commitments.core.api.organisation.RegisterOrganisationCommand;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.support.IntegrationTestAccess;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * STACK.md trap 9: global indexes are taken at insert and become visible at commit. An event whose
 * transaction commits after later events were projected must still be projected (the gap is waited for).
 */
interface EventGapContract extends IntegrationTestAccess {

    @Test
    default void eventCommittedAfterALaterOneIsStillProjected() throws Exception {
        CommandGateway commands = context().getBean(CommandGateway.class);
        TransactionTemplate transaction = context().getBean(TransactionTemplate.class);
        OrganisationId slow = OrganisationId.random();
        OrganisationId fast = OrganisationId.random();
        CountDownLatch slowAppended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<Void> slowTransaction = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            commands.sendAndWait(new RegisterOrganisationCommand(slow, "Slow Commit Surgery"));
            slowAppended.countDown();
            awaitQuietly(release);
        }));
        assertThat(slowAppended.await(20, TimeUnit.SECONDS)).isTrue();
        commands.sendAndWait(new RegisterOrganisationCommand(fast, "Fast Commit Surgery"));
        await().atMost(Duration.ofSeconds(20)).until(() -> find(fast).isPresent());
        assertThat(find(slow)).isEmpty();

        release.countDown();
        slowTransaction.get(20, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(20)).until(() -> find(slow).isPresent());
    }

    private Optional<OrganisationSummary> find(OrganisationId organisation) {
        return context().getBean(QueryGateway.class).query(new FindOrganisationQuery(organisation),
                ResponseTypes.optionalInstanceOf(OrganisationSummary.class)).join();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
