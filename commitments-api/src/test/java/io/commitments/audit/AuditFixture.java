package io.commitments.audit;

import io.commitments.history.GeneratedPartnership;
import io.commitments.history.HistoryGenerator;
import io.commitments.history.HistorySpec;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.awaitility.Awaitility.await;

/**
 * One generated history per test context (two partnerships whose events interleave),
 * made once and shared by the audit tests, which never leave it changed.
 */
record AuditFixture(GeneratedPartnership partnership, GeneratedPartnership other, long events) {

    private static final Map<ApplicationContext, AuditFixture> BY_CONTEXT = new ConcurrentHashMap<>();

    static AuditFixture of(ApplicationContext context, JdbcClient jdbc, HistorySpec spec) {
        return BY_CONTEXT.computeIfAbsent(context, ignored -> {
            List<GeneratedPartnership> made = context.getBean(HistoryGenerator.class)
                    .generate(spec).partnerships();
            awaitProcessors(context);
            long events = jdbc.sql("SELECT COUNT(*) FROM partnership_event WHERE partnership_id = :p")
                    .param("p", made.get(0).id().value()).query(Long.class).single();
            return new AuditFixture(made.get(0), made.get(1), events);
        });
    }

    /** Waits until every streaming processor, the ledger included, has handled every stored event. */
    static void awaitProcessors(ApplicationContext context) {
        EventStore store = context.getBean(EventStore.class);
        EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            long head = store.createHeadToken().position().orElse(-1);
            return processing.eventProcessors().values().stream()
                    .filter(StreamingEventProcessor.class::isInstance)
                    .map(StreamingEventProcessor.class::cast)
                    .allMatch(processor -> !processor.processingStatus().isEmpty()
                            && processor.processingStatus().values().stream()
                            .map(EventTrackerStatus::getCurrentPosition)
                            .allMatch(position -> position.orElse(-1) >= head));
        });
    }
}
