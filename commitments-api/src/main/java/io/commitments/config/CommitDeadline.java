package io.commitments.config;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;

/**
 * STACK.md trap 9 made impossible instead of unlikely. An event's global index is taken when it is inserted and
 * becomes visible when its transaction commits; a processor that has read past the gap waits for it only
 * {@link #AXON_GAP_TIMEOUT} (Axon's JDBC default, which this application keeps) and then skips it for good, so an
 * event committed later would never reach the views. A transaction that stored events is therefore never allowed
 * to commit more than {@code commitments.event-store.max-commit-delay} after it stored the first of them: it is
 * rolled back instead ({@link CommitTooLateException}; HTTP 503 {@code request.too-slow}), and nothing of it
 * remains. The limit must stay well under the gap timeout, which start-up checks.
 */
@Component
public class CommitDeadline {

    /** How long Axon's JDBC event store waits for a gap in the global index before skipping it. */
    public static final Duration AXON_GAP_TIMEOUT = Duration.ofMillis(60_000);
    private static final Object ARMED = new Object();

    /** @param maxCommitDelay the longest a transaction may take from storing its first event to its commit */
    @ConfigurationProperties("commitments.event-store")
    public record Settings(@DefaultValue("20s") Duration maxCommitDelay) {
    }

    /** A transaction that stored events and reached its commit too late to be sure every processor sees them. */
    public static class CommitTooLateException extends RuntimeException {
        CommitTooLateException(Duration took, Duration limit) {
            super("the transaction took " + took.toMillis() + " ms from storing its first event to its commit, more than "
                    + limit.toMillis() + " ms; it was rolled back");
        }
    }

    private final Duration limit;

    CommitDeadline(EventStore eventStore, Settings settings) {
        this.limit = settings.maxCommitDelay();
        if (limit.isNegative() || limit.isZero() || limit.compareTo(AXON_GAP_TIMEOUT.dividedBy(2)) > 0) {
            throw new IllegalStateException("commitments.event-store.max-commit-delay must be more than 0 and at most "
                    + "half the event store's gap timeout (" + AXON_GAP_TIMEOUT.toSeconds() + " s), not " + limit);
        }
        eventStore.registerDispatchInterceptor(messages -> {
            arm();
            return (index, message) -> message;
        });
    }

    public Duration limit() {
        return limit;
    }

    private void arm() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(ARMED)) {
            return;
        }
        long firstEvent = System.nanoTime();
        TransactionSynchronizationManager.bindResource(ARMED, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                Duration took = Duration.ofNanos(System.nanoTime() - firstEvent);
                if (took.compareTo(limit) > 0) {
                    throw new CommitTooLateException(took, limit);
                }
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(ARMED);
            }
        });
    }
}
