package io.commitments.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Read-your-writes: remembers the events a thread's commands stored and waits, bounded, until every
 * projection that handles them has committed them, so the caller's next read shows what it just did.
 * Progress is read from the committed tokens of the segment each event belongs to, so segments that other
 * nodes process count too. The tokens are read again whenever a processor of this node commits
 * ({@link ViewProgress}), and every {@link #RECHECK} otherwise, for segments processed elsewhere.
 * How long responses wait is the timer {@value #WAIT_TIMER}, tagged {@code caught-up} true or false.
 * Every event stored on this node also wakes this node's processors once its transaction has committed
 * ({@link EventAvailability#signal()}).
 */
@Component
public class ViewConsistency {

    private static final Logger log = LoggerFactory.getLogger(ViewConsistency.class);
    private static final Duration RECHECK = Duration.ofMillis(50);
    public static final String WAIT_TIMER = "commitments.read-your-writes.wait";

    /** @param timeout how long a command's response may wait for the views before answering anyway */
    @ConfigurationProperties("commitments.read-your-writes")
    public record Settings(@DefaultValue("5s") Duration timeout) {
    }

    private record Stored(long position, EventMessage<?> event) {
    }

    private record SegmentToken(int segment, TrackingToken token) {
    }

    private final ThreadLocal<List<EventMessage<?>>> published = new ThreadLocal<>();
    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final Settings settings;
    private final EventAvailability availability;
    private final ViewProgress progress;
    private final Timer caughtUpWaits;
    private final Timer timedOutWaits;

    ViewConsistency(EventStore eventStore, EventProcessingConfiguration processing, JdbcClient jdbc,
                    Serializer serializer, Settings settings, EventAvailability availability,
                    ViewProgress progress, MeterRegistry meters) {
        this.caughtUpWaits = waitTimer(meters, true);
        this.timedOutWaits = waitTimer(meters, false);
        this.availability = availability;
        this.progress = progress;
        this.processing = processing;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.settings = settings;
        eventStore.registerDispatchInterceptor(messages -> {
            signalOnceCommitted();
            List<EventMessage<?>> tracked = published.get();
            if (tracked != null) {
                tracked.addAll(messages);
            }
            return (index, message) -> message;
        });
    }

    private static Timer waitTimer(MeterRegistry meters, boolean caughtUp) {
        return Timer.builder(WAIT_TIMER)
                .description("How long a command's response waited for the views to include its events")
                .tag("caught-up", String.valueOf(caughtUp))
                .register(meters);
    }

    /** Starts remembering what this thread publishes, forgetting anything before: the start of a request. */
    public void trackPublished() {
        published.set(new ArrayList<>());
    }

    /** Stops remembering what this thread publishes: the end of a request. */
    public void stopTracking() {
        published.remove();
    }

    /**
     * Waits until the projections that handle the events this thread published (since
     * {@link #trackPublished()}) have committed them; answers whether they did within the timeout.
     */
    public boolean awaitPublished() {
        List<EventMessage<?>> tracked = published.get();
        published.remove();
        List<EventMessage<?>> events = tracked == null ? List.of() : List.copyOf(tracked);
        if (events.isEmpty()) {
            return true;
        }
        long started = System.nanoTime();
        List<Stored> stored = positionsOf(events);
        AtomicReference<List<AbstractEventProcessor>> behind = new AtomicReference<>(handlingProcessors());
        boolean caughtUp = awaitProgress(() -> behind.updateAndGet(processors -> behind(processors, stored)).isEmpty(),
                settings.timeout());
        (caughtUp ? caughtUpWaits : timedOutWaits).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        if (!caughtUp) {
            log.warn("Views did not include events {} within {}; answering without waiting longer. Behind: {}",
                    stored.stream().map(Stored::position).toList(), settings.timeout(),
                    behind.get().stream().map(AbstractEventProcessor::getName).toList());
        }
        return caughtUp;
    }

    /**
     * Waits, bounded, until every segment of the named processor has committed the event at {@code position};
     * answers whether it did.
     */
    public boolean awaitProcessed(String processorName, long position, Duration timeout) {
        availability.signal();
        return awaitProgress(() -> hasProcessed(processorName, position), timeout);
    }

    /**
     * Checks {@code caughtUp} whenever a processor of this node commits, and every {@link #RECHECK} for those of
     * other nodes, until it holds or the timeout passes; answers whether it held.
     */
    private boolean awaitProgress(BooleanSupplier caughtUp, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long seen = progress.commits();
        while (!caughtUp.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                progress.awaitCommitAfter(seen, Math.min(left, RECHECK.toNanos()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            seen = progress.commits();
        }
        return true;
    }

    /** Whether every segment of the named processor has committed the event at {@code position}. */
    public boolean hasProcessed(String processorName, long position) {
        List<SegmentToken> tokens = committedTokens(List.of(processorName)).getOrDefault(processorName, List.of());
        return !tokens.isEmpty() && tokens.stream().allMatch(token -> includes(token.token(), position));
    }

    /**
     * Tells the processors of new events once the database has committed them. Axon's unit of work commits
     * before the transaction of a command request does, when nothing is visible yet: signalled then, each
     * processor looked, found nothing and looked again at the next signal, two wasted fetches a command.
     */
    private void signalOnceCommitted() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.afterCommit(committed -> availability.signal()));
            return;
        }
        boolean registered = TransactionSynchronizationManager.getSynchronizations().stream()
                .anyMatch(SignalAfterCommit.class::isInstance);
        if (!registered) {
            TransactionSynchronizationManager.registerSynchronization(new SignalAfterCommit());
        }
    }

    private final class SignalAfterCommit implements TransactionSynchronization {
        @Override
        public void afterCommit() {
            availability.signal();
        }
    }

    private List<Stored> positionsOf(List<EventMessage<?>> events) {
        Map<String, EventMessage<?>> byIdentifier = events.stream()
                .collect(Collectors.toMap(EventMessage::getIdentifier, Function.identity(), (first, second) -> first));
        return jdbc.sql("SELECT global_index, event_identifier FROM domain_event_entry WHERE event_identifier IN (:ids)")
                .param("ids", byIdentifier.keySet())
                .query((row, n) -> new Stored(row.getLong(1), byIdentifier.get(row.getString(2))))
                .list();
    }

    private List<AbstractEventProcessor> handlingProcessors() {
        List<AbstractEventProcessor> handling = new ArrayList<>();
        processing.eventProcessors().values().forEach(processor -> {
            if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()
                    && processor instanceof AbstractEventProcessor abstractProcessor) {
                handling.add(abstractProcessor);
            }
        });
        return handling;
    }

    /**
     * Those of the processors that have not yet committed one of the stored events. A processor whose segments this
     * node holds all of is asked directly (its status advances once a batch has committed); the tokens of the others
     * are read in one query.
     */
    private List<AbstractEventProcessor> behind(List<AbstractEventProcessor> processors, List<Stored> stored) {
        Map<String, List<SegmentToken>> tokens = new HashMap<>();
        List<String> heldElsewhere = new ArrayList<>();
        for (AbstractEventProcessor processor : processors) {
            List<SegmentToken> local = wholeStreamHeldHere(processor);
            if (local == null) {
                heldElsewhere.add(processor.getName());
            } else {
                tokens.put(processor.getName(), local);
            }
        }
        tokens.putAll(committedTokens(heldElsewhere));
        return processors.stream()
                .filter(processor -> !includesAll(processor, tokens.getOrDefault(processor.getName(), List.of()), stored))
                .toList();
    }

    /** Each event is committed by the segment it belongs to, if the processor handles it at all. */
    private static boolean includesAll(AbstractEventProcessor processor, List<SegmentToken> tokens,
                                       List<Stored> stored) {
        int[] segmentIds = tokens.stream().mapToInt(SegmentToken::segment).toArray();
        for (Stored event : stored) {
            if (!processor.eventHandlerInvoker().canHandleType(event.event().getPayloadType())) {
                continue;
            }
            if (tokens.isEmpty()) {
                return false;
            }
            for (SegmentToken token : tokens) {
                Segment segment = Segment.computeSegment(token.segment(), segmentIds);
                if (processor.eventHandlerInvoker().canHandle(event.event(), segment)
                        && !includes(token.token(), event.position())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The committed token of each segment, when this node holds segments covering the whole stream; else null. */
    private static List<SegmentToken> wholeStreamHeldHere(AbstractEventProcessor processor) {
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return null;
        }
        Map<Integer, EventTrackerStatus> held = streaming.processingStatus();
        double covered = 0;
        List<SegmentToken> tokens = new ArrayList<>();
        for (EventTrackerStatus status : held.values()) {
            if (status.isErrorState()) {
                return null;
            }
            covered += 1.0 / (status.getSegment().getMask() + 1);
            tokens.add(new SegmentToken(status.getSegment().getSegmentId(), status.getTrackingToken()));
        }
        return held.isEmpty() || Math.abs(covered - 1.0) > 1e-9 ? null : tokens;
    }

    private Map<String, List<SegmentToken>> committedTokens(List<String> processorNames) {
        if (processorNames.isEmpty()) {
            return Map.of();
        }
        Map<String, List<SegmentToken>> tokens = new HashMap<>();
        jdbc.sql("SELECT processor_name, segment, token, token_type FROM token_entry WHERE processor_name IN (:names)")
                .param("names", processorNames)
                .query(row -> {
                    byte[] token = row.getBytes(3);
                    String type = row.getString(4);
                    tokens.computeIfAbsent(row.getString(1), name -> new ArrayList<>())
                            .add(new SegmentToken(row.getInt(2), token == null || type == null ? null
                                    : serializer.<byte[], TrackingToken>deserialize(
                                    new SimpleSerializedObject<>(token, byte[].class, type, null))));
                });
        return tokens;
    }

    private static boolean includes(TrackingToken committed, long position) {
        TrackingToken token = WrappedToken.unwrapUpperBound(committed);
        if (token == null) {
            return false;
        }
        if (token instanceof GapAwareTrackingToken gapAware && gapAware.getGaps().contains(position)) {
            return false;
        }
        return token.position().orElse(-1) >= position;
    }
}
