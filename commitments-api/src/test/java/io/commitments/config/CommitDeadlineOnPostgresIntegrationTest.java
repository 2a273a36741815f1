package io.commitments.config;

import io.commitments.core.api.organisation.RegisterOrganisationCommand;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.support.AbstractPostgresIntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A transaction slower than the gap timeout cannot commit its events (STACK.md trap 9): such an event would be
 * skipped by processors that read past its gap. The limit is lowered to one second here so the test is quick;
 * the default (20 s) is checked against the gap timeout of the event store actually running.
 */
@TestPropertySource(properties = "commitments.event-store.max-commit-delay=1s")
class CommitDeadlineOnPostgresIntegrationTest extends AbstractPostgresIntegrationTest {

    @Test
    void transactionThatCommitsItsEventsLaterThanTheLimitIsRolledBackAndStoresNothing() {
        OrganisationId slow = OrganisationId.random();
        TransactionTemplate transaction = context().getBean(TransactionTemplate.class);
        CommandGateway commands = context().getBean(CommandGateway.class);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            commands.sendAndWait(new RegisterOrganisationCommand(slow, "Slow Commit Surgery"));
            sleep(1_500);
        })).isInstanceOf(CommitDeadline.CommitTooLateException.class);

        assertThat(eventsOf(slow)).isZero();
    }

    @Test
    void transactionWithinTheLimitCommits() {
        OrganisationId quick = OrganisationId.random();
        context().getBean(TransactionTemplate.class).executeWithoutResult(status ->
                context().getBean(CommandGateway.class).sendAndWait(new RegisterOrganisationCommand(quick, "Quick Surgery")));

        assertThat(eventsOf(quick)).isEqualTo(1);
    }

    @Test
    void theDefaultLimitIsWellUnderTheGapTimeoutOfTheRunningEventStoreAndALongerOneIsRefused() {
        Object gapTimeout = ReflectionTestUtils.getField(context().getBean(EventStorageEngine.class), "gapTimeout");
        Duration defaultLimit = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("commitments.event-store", CommitDeadline.Settings.class).maxCommitDelay();

        assertThat(gapTimeout).isEqualTo((int) CommitDeadline.AXON_GAP_TIMEOUT.toMillis());
        assertThat(defaultLimit).isEqualTo(Duration.ofSeconds(20))
                .isLessThanOrEqualTo(CommitDeadline.AXON_GAP_TIMEOUT.dividedBy(2));
        assertThatThrownBy(() -> new CommitDeadline(context().getBean(EventStore.class),
                new CommitDeadline.Settings(Duration.ofSeconds(45))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("max-commit-delay");
    }

    private long eventsOf(OrganisationId organisation) {
        return jdbc().sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", organisation.toString()).query(Long.class).single();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
