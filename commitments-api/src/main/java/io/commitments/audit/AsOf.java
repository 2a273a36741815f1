package io.commitments.audit;

import java.time.Instant;

/**
 * A point of history: every event up to {@code position}, and when given by time, only those that had occurred
 * by {@code instant}.
 */
public record AsOf(long position, Instant instant) {

    public static AsOf position(long position) {
        return new AsOf(position, null);
    }
}
