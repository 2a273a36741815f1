package io.commitments.core.api.commitment;

/** The two sides of a commitment's conversation: the one who asked and the one who does it. */
public enum CommitmentSide {
    REQUESTER,
    PERFORMER
}
