package io.commitments.history;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the storing of a generated history while this node's processors do not read the event store, and lets
 * them read again only once every transaction that stored events meanwhile has ended.
 * <p>
 * Axon's JDBC store gives up on a gap in the positions at once when the event after it is older than its gap
 * timeout (60 s), as generated events are. A processor reading along would skip, for good, an event whose
 * transaction committed after a later generated one: another generator thread's, or a deadline's firing for a
 * generated commitment. Read after, with every position in between filled, the history has no gaps.
 */
@Component
public class StoreReadersPause {

    private static final Logger log = LoggerFactory.getLogger(StoreReadersPause.class);
    /** A position still empty after this long without any other filling is a rolled-back transaction's. */
    private static final Duration SETTLED = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(10);
    private static final Duration RECHECK = Duration.ofMillis(50);

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;

    StoreReadersPause(EventProcessingConfiguration processing, JdbcClient jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    /** Runs {@code storing} with this node's streaming processors stopped, and starts them again after. */
    public <T> T during(Supplier<T> storing) {
        long before = highestPosition();
        List<StreamingEventProcessor> paused = new ArrayList<>();
        processing.eventProcessors().values().forEach(processor -> {
            if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                streaming.shutDown();
                paused.add(streaming);
            }
        });
        try {
            return storing.get();
        } finally {
            awaitPositionsFilled(before, highestPosition());
            paused.forEach(StreamingEventProcessor::start);
        }
    }

    private void awaitPositionsFilled(long before, long after) {
        long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
        long filled = -1;
        long unchangedSince = System.nanoTime();
        while (true) {
            long now = jdbc.sql("SELECT COUNT(*) FROM domain_event_entry WHERE global_index > :before AND global_index <= :after")
                    .param("before", before).param("after", after).query(Long.class).single();
            if (now == after - before) {
                return;
            }
            if (now != filled) {
                filled = now;
                unchangedSince = System.nanoTime();
            } else if (System.nanoTime() - unchangedSince >= SETTLED.toNanos()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                log.warn("{} positions between {} and {} are still empty after {}; processors read on",
                        after - before - now, before, after, LONGEST_WAIT);
                return;
            }
            try {
                Thread.sleep(RECHECK.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private long highestPosition() {
        return jdbc.sql("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry").query(Long.class).single();
    }
}
