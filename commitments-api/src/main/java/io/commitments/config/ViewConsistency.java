package io.commitments.config;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * Read-your-writes: remembers the events a thread's commands stored and waits, bounded, until every
 * projection of this node that handles them has processed them, so the caller's next read shows what it
 * just did. Segments claimed by other nodes are not visible here and are not waited for.
 */
@Component
public class ViewConsistency {

    private static final Logger log = LoggerFactory.getLogger(ViewConsistency.class);

    /** @param timeout how long a command's response may wait for the views before answering anyway */
    @ConfigurationProperties("commitments.read-your-writes")
    public record Settings(@DefaultValue("5s") Duration timeout) {
    }

    private record Stored(long position, Class<?> payloadType) {
    }

    private final ThreadLocal<List<EventMessage<?>>> published = ThreadLocal.withInitial(ArrayList::new);
    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final Settings settings;

    ViewConsistency(EventStore eventStore, EventProcessingConfiguration processing, JdbcClient jdbc,
                    Settings settings) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.settings = settings;
        eventStore.registerDispatchInterceptor(messages -> {
            published.get().addAll(messages);
            return (index, message) -> message;
        });
    }

    /** Forgets what this thread published so far: the start of a request. */
    public void forgetPublished() {
        published.remove();
    }

    /**
     * Waits until the projections that handle the events this thread published (since
     * {@link #forgetPublished()}) have processed them; answers whether they did within the timeout.
     */
    public boolean awaitPublished() {
        List<EventMessage<?>> events = List.copyOf(published.get());
        published.remove();
        if (events.isEmpty()) {
            return true;
        }
        List<Stored> stored = positionsOf(events);
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        while (!viewsInclude(stored)) {
            if (System.nanoTime() > deadline) {
                log.warn("Views did not include {} new events within {}; answering without waiting longer",
                        stored.size(), settings.timeout());
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
        return true;
    }

    private List<Stored> positionsOf(List<EventMessage<?>> events) {
        Map<String, Class<?>> types = events.stream().collect(Collectors.toMap(
                EventMessage::getIdentifier, EventMessage::getPayloadType, (first, second) -> first));
        return jdbc.sql("SELECT global_index, event_identifier FROM domain_event_entry WHERE event_identifier IN (:ids)")
                .param("ids", types.keySet())
                .query((row, n) -> new Stored(row.getLong(1), types.get(row.getString(2))))
                .list();
    }

    private boolean viewsInclude(List<Stored> stored) {
        return processing.eventProcessors().values().stream()
                .filter(processor -> processor instanceof StreamingEventProcessor streaming && streaming.isRunning())
                .allMatch(processor -> {
                    long position = stored.stream()
                            .filter(event -> handles(processor, event.payloadType()))
                            .mapToLong(Stored::position).max().orElse(-1);
                    return position < 0 || ((StreamingEventProcessor) processor).processingStatus().values().stream()
                            .allMatch(status -> includes(status, position));
                });
    }

    private static boolean handles(Object processor, Class<?> payloadType) {
        return !(processor instanceof AbstractEventProcessor abstractProcessor)
                || abstractProcessor.eventHandlerInvoker().canHandleType(payloadType);
    }

    private static boolean includes(EventTrackerStatus status, long position) {
        TrackingToken token = status.getTrackingToken();
        if (token == null) {
            return false;
        }
        if (token instanceof GapAwareTrackingToken gapAware && gapAware.getGaps().contains(position)) {
            return false;
        }
        return token.position().orElse(-1) >= position;
    }
}
