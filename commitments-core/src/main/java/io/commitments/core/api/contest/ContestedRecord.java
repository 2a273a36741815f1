package io.commitments.core.api.contest;

import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.decision.DecisionId;

/**
 * The record a contest note is about: a decision ({@code decisionId}), or one event of a commitment's history
 * ({@code commitmentId} and that event's identifier). Exactly one of the two ids is set.
 */
public record ContestedRecord(DecisionId decisionId, CommitmentId commitmentId, String eventIdentifier) {

    public static ContestedRecord decision(DecisionId decisionId) {
        return new ContestedRecord(decisionId, null, null);
    }

    public static ContestedRecord commitmentEvent(CommitmentId commitmentId, String eventIdentifier) {
        return new ContestedRecord(null, commitmentId, eventIdentifier);
    }
}
