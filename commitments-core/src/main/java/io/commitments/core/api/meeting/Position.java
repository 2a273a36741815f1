package io.commitments.core.api.meeting;

/** A present organisation's position on a proposal; dissent ({@link #DISAGREE}, {@link #BLOCK}) needs a reason. */
public enum Position {
    AGREE,
    ABSTAIN,
    DISAGREE,
    BLOCK;

    public boolean needsReason() {
        return this == DISAGREE || this == BLOCK;
    }
}
