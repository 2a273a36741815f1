package io.commitments.audit;

/**
 * The outcome of verifying a partnership's history.
 *
 * @param checkedEvents    events whose links were recomputed
 * @param firstBadPosition the first position where the history is not what was recorded; null when valid
 * @param problem          what is wrong there, for people; null when valid
 */
public record Verification(boolean valid, long checkedEvents, Long firstBadPosition, String problem) {
}
