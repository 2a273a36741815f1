package io.commitments.config;

import io.commitments.support.IntegrationTestAccess;
import org.axonframework.common.Registration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The traps of STACK.md that would come back silently; each test fails if its trap returns. */
interface EventStoreWiringContract extends IntegrationTestAccess {

    @Test
    default void eventsAreStoredByAxonsJdbcEngine() {
        assertThat(context().getBean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
    }

    @Test
    default void commandsAndQueriesStayInTheNodeWithoutTheAxonServerProfile() {
        assertThat(context().getBean(org.axonframework.commandhandling.CommandBus.class))
                .isNotInstanceOf(org.axonframework.axonserver.connector.command.AxonServerCommandBus.class);
        assertThat(context().getBean(QueryBus.class))
                .isNotInstanceOf(org.axonframework.axonserver.connector.query.AxonServerQueryBus.class);
    }

    @Test
    default void queriesRunWithoutATransactionOfTheirOwn() {
        QueryBus queries = context().getBean(QueryBus.class);
        Registration probe = queries.subscribe("transaction-probe", Boolean.class,
                query -> TransactionSynchronizationManager.isActualTransactionActive());
        try {
            Boolean inTransaction = queries.query(new GenericQueryMessage<>("probe", "transaction-probe",
                    ResponseTypes.instanceOf(Boolean.class))).join().getPayload();

            assertThat(inTransaction).as("a query's handler runs in a transaction").isFalse();
        } finally {
            probe.cancel();
        }
    }

    @Test
    default void axonsHandlerTimeoutsAreOffBecause4_13_0ReadsTheWholeStackOnEveryStart() {
        assertThat(context().getBeansOfType(org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition.class))
                .as("Axon 4.13.0 takes Thread.getStackTrace() on every handler call and unit of work (AxonFramework#4637);"
                        + " turn the timeouts back on only with 4.13.2 or later")
                .isEmpty();
        assertThat(context().getBeanNamesForType(org.axonframework.springboot.autoconfig.AxonTimeoutAutoConfiguration.class)).isEmpty();
    }

    @Test
    default void axonsTransactionManagerIsSprings() {
        assertThat(context().getBean(TransactionManager.class)).isInstanceOf(SpringTransactionManager.class);
    }

    @Test
    default void storedEventJsonHasIsoDates() {
        record Dated(LocalDate dueDate, Instant at) {
        }
        Serializer events = context().getBean("eventSerializer", Serializer.class);

        String json = new String(events.serialize(
                new Dated(LocalDate.of(2026, 12, 1), Instant.parse("2026-05-01T09:30:00Z")), byte[].class)
                .getData(), StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("{\"dueDate\":\"2026-12-01\",\"at\":\"2026-05-01T09:30:00Z\"}");
    }

    @Test
    default void axonsTablesHaveTheSnakeCaseNamesOfTheFlywayScripts() {
        List<String> tables = jdbc().sql("""
                        SELECT LOWER(table_name) FROM information_schema.tables
                        WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA)
                          AND LOWER(table_name) IN ('domain_event_entry', 'snapshot_event_entry', 'token_entry',
                                                    'domainevententry', 'tokenentry')""")
                .query(String.class).list();

        assertThat(tables).containsExactlyInAnyOrder("domain_event_entry", "snapshot_event_entry", "token_entry");
    }

    @Test
    default void processorsKeepTheirTokensInTheTokenTable() {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(jdbc().sql("SELECT DISTINCT processor_name FROM token_entry").query(String.class).list())
                        .contains("views", "ledger"));
    }

    /** Two application contexts in one JVM must not take each other's claims for their own. */
    @Test
    default void processorsClaimSegmentsUnderANameOfTheirOwnNode() {
        String jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(jdbc().sql("SELECT DISTINCT owner FROM token_entry WHERE owner IS NOT NULL")
                        .query(String.class).list())
                        .isNotEmpty()
                        .allSatisfy(owner -> assertThat(owner).startsWith(jvm + "-").isNotEqualTo(jvm)));
    }

    /**
     * A command that fails inside a larger transaction (an HTTP request's) rolls back only its own work: Axon's
     * default connection wrapper rolled the shared connection back itself, undoing what the request had done
     * before the command (its Idempotency-Key claim, an earlier command) behind Spring's back.
     */
    @Test
    default void aFailedCommandDoesNotRollBackWhatItsTransactionDidBefore() {
        org.springframework.transaction.support.TransactionTemplate transaction =
                context().getBean(org.springframework.transaction.support.TransactionTemplate.class);
        org.axonframework.commandhandling.gateway.CommandGateway commands =
                context().getBean(org.axonframework.commandhandling.gateway.CommandGateway.class);
        String key = "wiring-" + java.util.UUID.randomUUID();

        Long seenAfterTheFailure = transaction.execute(status -> {
            jdbc().sql("""
                            INSERT INTO idempotency_key (caller, idempotency_key, request_hash, created_at)
                            VALUES ('wiring', :key, 'hash', CURRENT_TIMESTAMP)""")
                    .param("key", key).update();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> commands.sendAndWait(
                            new io.commitments.core.api.commitment.ReportProgressCommand(
                                    io.commitments.core.api.commitment.CommitmentId.random(),
                                    io.commitments.core.api.commitment.ProgressStatus.ON_TRACK, "nobody's", null)))
                    .isInstanceOf(org.axonframework.modelling.command.AggregateNotFoundException.class);
            long seen = jdbc().sql("SELECT count(*) FROM idempotency_key WHERE idempotency_key = :key")
                    .param("key", key).query(Long.class).single();
            status.setRollbackOnly();
            return seen;
        });

        assertThat(seenAfterTheFailure).isEqualTo(1);
    }
}
