package io.commitments.config;

import io.commitments.projections.audit.LedgerLinkProjection;
import io.commitments.projections.membership.MembershipLookupProjection;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The views share one pooled streaming processor, {@value #VIEWS}, sized for a small machine: a few segments and a
 * batch far above Axon's default of one event per transaction (STACK.md trap 10). One processor reads the stream
 * once and commits each batch of every view in one transaction with one token update; eight processors, one per
 * view, read it eight times and committed eight times, which cost a command about three times its own CPU
 * (BENCHMARKS.md). The price: views are rebuilt together, and a view whose handler fails holds the others back
 * until it succeeds. On PostgreSQL the views' transactions commit without waiting for the disk
 * ({@link ViewsCommitWithoutFlush}): they can be replayed from the events, which always wait for it.
 * <p>
 * The membership lookup is kept apart: rules of the write side read it, so a subscribing processor keeps it in the
 * very transaction that stores the events. So is the ledger (each partnership's hash chain), in a processor of
 * exactly one segment: a chain is sequential, and a partnership's events come from many aggregates (the
 * partnership, its meetings, decisions and commitments), which Axon's default per-aggregate sequencing would spread
 * over segments and so out of order. Its work per event is a hash and an insert; should it ever need to scale, a
 * sequencing policy by partnership would keep each chain in order across several segments.
 * <p>
 * A handler that fails is never skipped (Axon's default logs and carries on, losing the event for that
 * view): the error propagates, the batch rolls back with its token, and the processor retries the segment
 * with back-off. In the subscribing lookup the error fails the command, which stores nothing.
 */
@Configuration(proxyBeanMethods = false)
public class EventProcessingConfiguration {

    /** The processor of every view but the membership lookup and the ledger. */
    public static final String VIEWS = "views";

    @Bean
    ConfigurerModule pooledStreamingProcessors(ProcessingSettings settings, EventAvailability availability,
                                               ViewProgress progress, DataSource dataSource) {
        boolean postgres = isPostgres(dataSource);
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTransactionManager(VIEWS, axonConfiguration -> postgres
                        ? new ViewsCommitWithoutFlush(axonConfiguration.getComponent(TransactionManager.class),
                        new JdbcTemplate(dataSource))
                        : axonConfiguration.getComponent(TransactionManager.class))
                .registerDefaultHandlerInterceptor((axonConfiguration, processorName) -> progress.announcingCommits())
                .usingPooledStreamingEventProcessors((axonConfiguration, builder) -> tune(builder, settings)
                        .messageSource(availability.source(axonConfiguration.getComponent(EventStorageEngine.class))))
                .assignProcessingGroup(group -> group.equals(MembershipLookupProjection.PROCESSING_GROUP)
                        || group.equals(LedgerLinkProjection.PROCESSING_GROUP) ? group : VIEWS)
                .registerSubscribingEventProcessor(MembershipLookupProjection.PROCESSING_GROUP)
                .registerPooledStreamingEventProcessor(LedgerLinkProjection.PROCESSING_GROUP,
                        axonConfiguration -> availability.source(axonConfiguration.getComponent(EventStorageEngine.class)),
                        (axonConfiguration, builder) -> tune(builder, settings)
                                .initialSegmentCount(1)
                                .maxClaimedSegments(1))
                .registerDefaultListenerInvocationErrorHandler(axonConfiguration -> PropagatingErrorHandler.instance()));
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database the views are kept in", e);
        }
    }

    private static PooledStreamingEventProcessor.Builder tune(PooledStreamingEventProcessor.Builder builder,
                                                              ProcessingSettings settings) {
        return builder.initialSegmentCount(settings.segments())
                .maxClaimedSegments(settings.segments())
                .batchSize(settings.batchSize())
                .tokenClaimInterval(settings.pollInterval().toMillis());
    }
}
