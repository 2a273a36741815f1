package io.commitments.config;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ViewProgressTest {

    private final EmbeddedEventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final ScheduledExecutorService coordinator = Executors.newSingleThreadScheduledExecutor();
    private final ScheduledExecutorService workers = Executors.newScheduledThreadPool(2);
    private PooledStreamingEventProcessor processor;

    @AfterEach
    void stop() {
        if (processor != null) {
            processor.shutDown();
        }
        coordinator.shutdownNow();
        workers.shutdownNow();
        events.shutDown();
    }

    @Test
    void aBatchIsAnnouncedOnlyOnceTheProcessorsStatusIncludesIt() throws Exception {
        List<Long> positionsWhenAnnounced = new CopyOnWriteArrayList<>();
        ViewProgress progress = new ViewProgress() {
            @Override
            public synchronized void committed() {
                processor.processingStatus().values()
                        .forEach(status -> positionsWhenAnnounced.add(position(status.getTrackingToken())));
                super.committed();
            }
        };
        processor = PooledStreamingEventProcessor.builder()
                .name("views")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(new Object() {
                    @EventHandler
                    void on(String event) {
                    }
                }).build())
                .messageSource(events)
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.instance())
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialSegmentCount(1)
                .build();
        processor.registerHandlerInterceptor(progress.announcingCommits());
        processor.start();

        long seen = progress.commits();
        events.publish(GenericEventMessage.asEventMessage("promised"));
        long stored = position(events.openStream(null).nextAvailable().trackingToken());
        progress.awaitCommitAfter(seen, 30, TimeUnit.SECONDS);

        assertThat(progress.commits()).as("announced batches").isEqualTo(seen + 1);
        assertThat(positionsWhenAnnounced).containsExactly(stored);
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
