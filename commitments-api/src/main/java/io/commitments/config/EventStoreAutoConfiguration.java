package io.commitments.config;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

/**
 * Puts Axon's JDBC event store on the application's database under Spring Boot 4.
 * <p>
 * Axon 4.13 orders its JDBC and transaction auto-configurations after Boot 3's class names, which Boot 4
 * moved: without this ordering Axon finds no DataSource (no event store) and falls back to a no-op
 * transaction manager (events, tokens and views silently stop being atomic). Being ordered after Boot's
 * JDBC auto-configurations and before Axon's makes Axon see them again; the beans below pin the Spring
 * transaction manager and the snake_case table names of the Flyway scripts.
 * <p>
 * The token store names this node in every claim it holds. Axon's default name is the JVM's
 * {@code pid@host}, which two application contexts in one JVM share: each then takes the other's claims as
 * its own and both project the same events. Each node gets its own name instead
 * ({@code commitments.node-id}, by default {@code pid@host} plus a random suffix).
 * <p>
 * An append that breaks the event table's unique key (aggregate, sequence number) is a concurrency failure
 * ({@link DuplicateKeyResolver}): two nodes decided on the same version of an aggregate and the second lost.
 */
@AutoConfiguration(
        after = {DataSourceAutoConfiguration.class,
                DataSourceTransactionManagerAutoConfiguration.class,
                JdbcTemplateAutoConfiguration.class},
        before = {JdbcAutoConfiguration.class,
                org.axonframework.springboot.autoconfig.TransactionAutoConfiguration.class,
                NoOpTransactionAutoConfiguration.class})
public class EventStoreAutoConfiguration {

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    /**
     * Axon's default wraps this provider in a {@code UnitOfWorkAwareConnectionProviderWrapper}, which calls
     * {@code rollback()} on the connection itself when a unit of work rolls back: on the connection of the
     * request's Spring transaction, undoing everything the request had done so far, savepoints included, behind
     * Spring's back. Spring alone decides here: a failed command marks or rolls back its (nested) transaction.
     */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    /** Two appends of one aggregate's next sequence number: a concurrency failure, not a broken store. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateKeyResolver();
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .metaDataColumn("meta_data")
                .payloadColumn("payload")
                .payloadRevisionColumn("payload_revision")
                .payloadTypeColumn("payload_type")
                .timestampColumn("time_stamp")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .build();
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema,
                          @Value("${commitments.node-id:}") String nodeId,
                          @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(tokenSchema)
                .claimTimeout(claimTimeout)
                .nodeId(nodeId.isBlank() ? defaultNodeId() : nodeId)
                .build();
    }

    private static String defaultNodeId() {
        return ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }
}
