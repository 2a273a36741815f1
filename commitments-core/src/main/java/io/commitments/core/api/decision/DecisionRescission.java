package io.commitments.core.api.decision;

import java.time.Instant;

/** Why and when a decision stopped being in force; {@code supersededBy} names its successor, if any. */
public record DecisionRescission(String reason, DecisionId supersededBy, Instant rescindedAt) {
}
