package io.commitments.core.api.commitment;

/** How the performer says a promised commitment is going. */
public enum ProgressStatus {
    ON_TRACK,
    AT_RISK,
    BLOCKED
}
