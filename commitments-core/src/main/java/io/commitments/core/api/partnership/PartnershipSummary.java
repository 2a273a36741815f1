package io.commitments.core.api.partnership;

import java.time.Instant;

/** A partnership as listed: its rule, quorum and when it was registered. */
public record PartnershipSummary(PartnershipId id,
                                 String name,
                                 DecisionRule decisionRule,
                                 int quorum,
                                 Instant registeredAt) {
}
