package io.commitments.config;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilding views for operators: a processor's views have their tables emptied (their reset handlers) and the
 * events replayed from the start of the event store, while progress (events processed of total, rate, time
 * left) is logged and reported by {@link #status()}. The event store is the source of truth; a rebuild
 * ends with the same rows the live views had. A projection is named by its processor ({@code views}) or by any
 * view it holds (its processing group, e.g. {@code commitment-view}): views sharing a processor are rebuilt
 * together.
 */
@Component
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(5);

    /** One processor's state, and its rebuild's progress when one runs. */
    public record ProjectionStatus(String name, List<String> views, boolean running, boolean replaying, boolean error,
                                   long position, long head, Long replayTarget, Double eventsPerSecond,
                                   Long secondsLeft, Instant rebuildStartedAt) {
    }

    private record Rebuild(Instant startedAt, long startPosition, long target) {
    }

    private final EventProcessingConfiguration processing;
    private final ApplicationContext application;
    private final EventStore eventStore;
    private final Clock clock;
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
    private final ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild-progress");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> reporting;
    private volatile Map<String, List<String>> viewsByProcessor;

    ProjectionRebuilds(EventProcessingConfiguration processing, ApplicationContext application, EventStore eventStore,
                       Clock clock) {
        this.processing = processing;
        this.application = application;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    /**
     * A rebuild resets every segment's token, which needs every segment's claim: another node still processes
     * some of this projection's segments. This node's processor keeps running; stop the other nodes first.
     */
    public static class ClaimedElsewhereException extends RuntimeException {
        ClaimedElsewhereException(String name) {
            super("projection " + name + " cannot be rebuilt while another node processes some of its segments;"
                    + " stop the other nodes and rebuild on one");
        }
    }

    /** The names of the projections that can be rebuilt. */
    public List<String> names() {
        return processors().keySet().stream().sorted().toList();
    }

    /**
     * Empties one projection (with every view sharing its processor) and replays every event into it; false when
     * there is no such projection.
     */
    public synchronized boolean rebuild(String projectionOrView) {
        String name = processorName(projectionOrView);
        StreamingEventProcessor processor = processors().get(name);
        if (processor == null) {
            return false;
        }
        long head = head();
        log.info("Rebuilding projection {} from the start of the event store ({} events)", name, head + 1);
        processor.shutDown();
        try {
            processor.resetTokens();
        } catch (UnableToClaimTokenException claimedElsewhere) {
            processor.start();
            throw new ClaimedElsewhereException(name);
        }
        rebuilds.put(name, new Rebuild(clock.instant(), -1, head));
        processor.start();
        if (reporting == null || reporting.isDone()) {
            reporting = reporter.scheduleAtFixedRate(this::report, REPORT_EVERY.toMillis(), REPORT_EVERY.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        return true;
    }

    public synchronized void rebuildAll() {
        names().forEach(this::rebuild);
    }

    public List<ProjectionStatus> status() {
        long head = head();
        return processors().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> status(entry.getKey(), entry.getValue(), head))
                .toList();
    }

    public Optional<ProjectionStatus> status(String projectionOrView) {
        String name = processorName(projectionOrView);
        return Optional.ofNullable(processors().get(name)).map(processor -> status(name, processor, head()));
    }

    /** The processor of a view (processing group), or the name itself when it is no view's. */
    private String processorName(String projectionOrView) {
        return viewsByProcessor().entrySet().stream()
                .filter(processor -> processor.getValue().contains(projectionOrView))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(projectionOrView);
    }

    /** The views (processing groups of the application's event handlers) each processor holds, sorted. */
    private Map<String, List<String>> viewsByProcessor() {
        Map<String, List<String>> known = viewsByProcessor;
        if (known == null) {
            known = findViewsByProcessor();
            if (!known.isEmpty()) {
                viewsByProcessor = known;
            }
        }
        return known;
    }

    /** Read once: which handler goes to which processor is fixed when Axon's configuration starts. */
    private Map<String, List<String>> findViewsByProcessor() {
        Map<String, List<String>> views = new TreeMap<>();
        application.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                .map(handler -> AnnotationUtils.findAnnotation(AopUtils.getTargetClass(handler), ProcessingGroup.class))
                .filter(Objects::nonNull)
                .map(ProcessingGroup::value)
                .distinct()
                .sorted()
                .forEach(group -> processing.eventProcessorByProcessingGroup(group).ifPresent(processor ->
                        views.computeIfAbsent(processor.getName(), name -> new ArrayList<>()).add(group)));
        return views;
    }

    private ProjectionStatus status(String name, StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        long position = segments.values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(current -> current.orElse(-1))
                .min().orElse(-1);
        boolean replaying = segments.values().stream().anyMatch(EventTrackerStatus::isReplaying);
        boolean error = segments.values().stream().anyMatch(EventTrackerStatus::isErrorState);
        Rebuild rebuild = rebuilds.get(name);
        List<String> views = viewsByProcessor().getOrDefault(name, List.of());
        if (rebuild == null) {
            return new ProjectionStatus(name, views, processor.isRunning(), replaying, error, position, head,
                    null, null, null, null);
        }
        double seconds = Math.max(0.001, Duration.between(rebuild.startedAt(), clock.instant()).toMillis() / 1000.0);
        double rate = (position - rebuild.startPosition()) / seconds;
        Long left = rate > 0 ? (long) Math.ceil(Math.max(0, rebuild.target() - position) / rate) : null;
        return new ProjectionStatus(name, views, processor.isRunning(), replaying, error, position, head,
                rebuild.target(), rate, left, rebuild.startedAt());
    }

    private void report() {
        long head = head();
        rebuilds.forEach((name, rebuild) -> {
            StreamingEventProcessor processor = processors().get(name);
            ProjectionStatus status = status(name, processor, head);
            boolean done = status.position() >= rebuild.target();
            if (done) {
                log.info("Rebuilt projection {}: {} events in {} s", name, rebuild.target() + 1,
                        Duration.between(rebuild.startedAt(), clock.instant()).toSeconds());
                rebuilds.remove(name);
            } else {
                log.info("Rebuilding projection {}: {} of {} events ({}%), {} events/s, about {} s left", name,
                        status.position() + 1, rebuild.target() + 1,
                        rebuild.target() <= 0 ? 100 : (status.position() + 1) * 100 / (rebuild.target() + 1),
                        status.eventsPerSecond() == null ? 0 : Math.round(status.eventsPerSecond()),
                        status.secondsLeft() == null ? "?" : status.secondsLeft());
            }
        });
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    private Map<String, StreamingEventProcessor> processors() {
        Map<String, StreamingEventProcessor> streaming = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor candidate && candidate.supportsReset()) {
                streaming.put(name, candidate);
            }
        });
        return streaming;
    }

    /**
     * Whether every rebuild started has caught up with the events stored when it began. (Axon reports a
     * processor as replaying until it handles the first event stored after the reset, so position is what
     * tells a finished rebuild.)
     */
    public boolean idle() {
        long head = head();
        return rebuilds.entrySet().stream().allMatch(entry -> {
            ProjectionStatus status = status(entry.getKey(), processors().get(entry.getKey()), head);
            return status.position() >= entry.getValue().target();
        });
    }
}
