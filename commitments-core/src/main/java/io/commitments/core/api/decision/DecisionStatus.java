package io.commitments.core.api.decision;

/** Whether a decision still binds its partnership, and if not, whether a later decision took its place. */
public enum DecisionStatus {
    IN_FORCE,
    RESCINDED,
    SUPERSEDED
}
