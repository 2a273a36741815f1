package io.commitments.core.api.partnership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterPartnershipCommand(@TargetAggregateIdentifier PartnershipId partnershipId,
                                         String name,
                                         DecisionRule decisionRule,
                                         int quorum) {
}
