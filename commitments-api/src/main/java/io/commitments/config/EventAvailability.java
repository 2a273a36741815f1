package io.commitments.config;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Tells the projections at once that new events are committed. Axon's pooled processors poll an embedded
 * event store every 500 ms, because its streams cannot call back when events arrive; every command's
 * response (read-your-writes) then waited up to that long. Streams opened through {@link #source} do call
 * back: {@link #signal()} runs after each commit on this node. Events stored by other nodes are still
 * found by polling (at the processors' token claim interval).
 * <p>
 * The streams read the table themselves rather than through the event store's shared reader
 * ({@code optimizeEventConsumption(false)}): the shared reader is told of new events when a command's unit
 * of work commits, which comes before the request's transaction commits, so it found nothing and slept for
 * its one-second fetch delay, and every command's response on PostgreSQL took a second.
 * <p>
 * Such a stream queries the table on every {@code hasNextAvailable()} that finds its buffer empty, and Axon's
 * pooled coordinator asks three times a cycle: PostgreSQL's statement log showed three fetches (each a
 * transaction and a second query for the next position) per processor on every wake-up and every idle second.
 * A stream that has just found nothing therefore answers "nothing" without asking the table again until it is
 * signalled, or half the poll interval has passed (events of other nodes are still found at every cycle).
 * Events are signalled once the transaction that stores them has committed ({@link ViewConsistency}).
 */
@Component
public class EventAvailability {

    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    private final long recheckNanos;
    private volatile EmbeddedEventStore ownStreams;

    EventAvailability(ProcessingSettings settings) {
        this.recheckNanos = settings.pollInterval().toNanos() / 2;
    }

    /** New events are committed: wake every processor waiting for them. */
    public void signal() {
        callbacks.forEach(Runnable::run);
    }

    /** The stored events as processors should read them: streams of their own, with availability callbacks. */
    StreamableMessageSource<TrackedEventMessage<?>> source(EventStorageEngine storage) {
        EmbeddedEventStore events = ownStreams(storage);
        return new StreamableMessageSource<>() {
            @Override
            public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
                return new CallingBackStream(events.openStream(token));
            }

            @Override
            public TrackingToken createTailToken() {
                return events.createTailToken();
            }

            @Override
            public TrackingToken createHeadToken() {
                return events.createHeadToken();
            }

            @Override
            public TrackingToken createTokenAt(Instant dateTime) {
                return events.createTokenAt(dateTime);
            }

            @Override
            public TrackingToken createTokenSince(Duration duration) {
                return events.createTokenSince(duration);
            }
        };
    }

    private synchronized EmbeddedEventStore ownStreams(EventStorageEngine storage) {
        if (ownStreams == null) {
            ownStreams = EmbeddedEventStore.builder().storageEngine(storage).optimizeEventConsumption(false).build();
        }
        return ownStreams;
    }

    @PreDestroy
    void close() {
        EmbeddedEventStore streams = ownStreams;
        if (streams != null) {
            streams.shutDown();
        }
    }

    private final class CallingBackStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private volatile Runnable callback;
        /** Whether the table may hold events this stream has not seen: signalled, or it last found some. */
        private volatile boolean mayHaveMore = true;
        private volatile long lastLooked = System.nanoTime();

        CallingBackStream(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            Runnable previous = this.callback;
            if (previous != null) {
                callbacks.remove(previous);
            }
            Runnable signalled = () -> {
                mayHaveMore = true;
                callback.run();
            };
            this.callback = signalled;
            callbacks.add(signalled);
            return true;
        }

        /**
         * Peeking past the last event of a buffer queries the table too (the coordinator peeks after each event
         * it schedules); finding nothing counts as a look, so the next {@code hasNextAvailable()} does not repeat it.
         */
        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            mayHaveMore = false;
            lastLooked = System.nanoTime();
            Optional<TrackedEventMessage<?>> next = stream.peek();
            if (next.isPresent()) {
                mayHaveMore = true;
            }
            return next;
        }

        @Override
        public boolean hasNextAvailable() {
            long now = System.nanoTime();
            if (!mayHaveMore && now - lastLooked < recheckNanos) {
                return false;
            }
            mayHaveMore = false;
            lastLooked = now;
            boolean available = stream.hasNextAvailable();
            if (available) {
                mayHaveMore = true;
            }
            return available;
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public Stream<TrackedEventMessage<?>> asStream() {
            return stream.asStream();
        }

        @Override
        public void close() {
            Runnable registered = callback;
            if (registered != null) {
                callbacks.remove(registered);
            }
            stream.close();
        }
    }
}
