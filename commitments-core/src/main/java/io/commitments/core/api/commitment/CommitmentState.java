package io.commitments.core.api.commitment;

/**
 * Where a commitment's conversation for action stands. The open states still expect someone to act;
 * KEPT, DECLINED, WITHDRAWN and RELEASED end the conversation for good.
 */
public enum CommitmentState {
    /** Asked of the performer, who has not answered yet. */
    REQUESTED,
    /** Offered by the performer; the requester has not accepted yet. */
    OFFERED,
    /** The performer answered with another due date; the requester has not answered yet. */
    COUNTERED,
    /** The performer is bound to do it by the due date. */
    PROMISED,
    /** The performer says it is done; the requester has not declared it satisfied yet. */
    COMPLETION_REPORTED,
    /** Declared satisfied by the requester. */
    KEPT,
    /** Refused by the performer, or the performer's counter-offer refused by the requester. */
    DECLINED,
    /** Abandoned by the performer after promising it: a broken commitment. */
    WITHDRAWN,
    /** No longer needed, said the requester: counts against nobody. */
    RELEASED;

    public boolean isOpen() {
        return switch (this) {
            case REQUESTED, OFFERED, COUNTERED, PROMISED, COMPLETION_REPORTED -> true;
            case KEPT, DECLINED, WITHDRAWN, RELEASED -> false;
        };
    }
}
