package io.commitments.config;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shares the processors' segments fairly between the nodes on one database. Axon's processors claim segments
 * nobody holds and keep them: after a node died the survivors hold everything, and a node that returns would get
 * nothing to do. Every node records that it is alive ({@code node_heartbeat}); a node that holds more than its
 * share of a processor's segments (the segment count over the live nodes, rounded up) releases the excess for a
 * while, and a node holding less claims them at its next poll.
 */
@Component
public class SegmentBalancer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);
    private static final Duration EVERY = Duration.ofSeconds(2);

    private final JdbcClient jdbc;
    private final EventProcessingConfiguration processing;
    private final Clock clock;
    private final Duration claimTimeout;
    private final Duration releaseFor;
    private final String node = UUID.randomUUID().toString();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "segment-balancer");
        thread.setDaemon(true);
        return thread;
    });

    SegmentBalancer(JdbcClient jdbc, EventProcessingConfiguration processing, Clock clock, ProcessingSettings settings,
                    @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.clock = clock;
        this.claimTimeout = claimTimeout;
        this.releaseFor = settings.pollInterval().multipliedBy(5);
        scheduler.scheduleWithFixedDelay(this::balanceQuietly, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void balanceQuietly() {
        try {
            balance();
        } catch (RuntimeException e) {
            log.debug("Could not balance segments this time", e);
        }
    }

    /** One round: say this node is alive, count the live nodes, release what is over this node's share. */
    void balance() {
        Instant now = clock.instant();
        if (jdbc.sql("UPDATE node_heartbeat SET seen_at = :now WHERE node_id = :node")
                .param("now", Timestamp.from(now)).param("node", node).update() == 0) {
            jdbc.sql("INSERT INTO node_heartbeat (node_id, seen_at) VALUES (:node, :now)")
                    .param("node", node).param("now", Timestamp.from(now)).update();
        }
        jdbc.sql("DELETE FROM node_heartbeat WHERE seen_at < :old")
                .param("old", Timestamp.from(now.minus(Duration.ofHours(1)))).update();
        long live = jdbc.sql("SELECT count(*) FROM node_heartbeat WHERE seen_at > :since")
                .param("since", Timestamp.from(now.minus(claimTimeout))).query(Long.class).single();
        if (live < 2) {
            return;
        }
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                release(name, streaming, live);
            }
        });
    }

    private void release(String name, StreamingEventProcessor processor, long live) {
        long segments = jdbc.sql("SELECT count(*) FROM token_entry WHERE processor_name = :name")
                .param("name", name).query(Long.class).single();
        long share = (segments + live - 1) / live;
        List<Integer> held = new ArrayList<>(processor.processingStatus().keySet());
        for (int i = 0; i < held.size() - share; i++) {
            log.info("Releasing segment {} of {} to another node ({} segments, {} nodes)", held.get(i), name, segments, live);
            processor.releaseSegment(held.get(i), releaseFor.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
        try {
            jdbc.sql("DELETE FROM node_heartbeat WHERE node_id = :node").param("node", node).update();
        } catch (RuntimeException e) {
            log.debug("Could not remove this node's heartbeat", e);
        }
    }
}
