package io.commitments.config;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

/**
 * Tells read-your-writes waiters that a projection on this node committed a batch, so they look at the
 * tokens again at once instead of polling the token table; progress made on other nodes is found by the
 * waiters' slower poll.
 */
@Component
public class ViewProgress {

    private static final String ANNOUNCED = ViewProgress.class.getName() + ".announced";

    private long commits;

    /**
     * Announces each batch a processor commits once its status shows the batch: in the unit of work's clean-up.
     * Axon's work package advances the status after the commit, in a callback it registers before any handler
     * runs, and a unit of work runs after-commit callbacks last registered first: announced after commit, the
     * waiters looked too early, saw nothing new, and slept until their next poll (50 ms).
     */
    public MessageHandlerInterceptor<EventMessage<?>> announcingCommits() {
        return (unitOfWork, chain) -> {
            if (unitOfWork.resources().putIfAbsent(ANNOUNCED, Boolean.TRUE) == null) {
                unitOfWork.onCleanup(done -> {
                    if (!done.isRolledBack()) {
                        committed();
                    }
                });
            }
            return chain.proceed();
        };
    }

    /** A processor on this node committed a batch (its views and its token). */
    public synchronized void committed() {
        commits++;
        notifyAll();
    }

    /** How many batches this node's processors have committed: compare with a later reading. */
    public synchronized long commits() {
        return commits;
    }

    /** Waits until a batch is committed after {@code seen} was read, or the time is up. */
    public synchronized void awaitCommitAfter(long seen, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        long left;
        while (commits == seen && (left = deadline - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }
}
