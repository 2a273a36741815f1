package io.commitments.audit;

import java.time.Instant;

/**
 * What an auditor keeps: the position of a partnership's latest event, the chain's link after it and how many
 * events the chain covers. A history verifies against it only if its first {@code eventCount} events end at
 * {@code position} with this {@code hash}.
 *
 * @param at when the checkpoint was taken
 */
public record Checkpoint(long position, String hash, long eventCount, Instant at) {
}
