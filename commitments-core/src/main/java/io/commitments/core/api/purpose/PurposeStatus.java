package io.commitments.core.api.purpose;

/** Where a version of the shared purpose stands: pending endorsement, adopted, or superseded by a newer one. */
public enum PurposeStatus {
    PENDING,
    ADOPTED,
    SUPERSEDED
}
