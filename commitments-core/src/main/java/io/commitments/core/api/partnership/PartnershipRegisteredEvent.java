package io.commitments.core.api.partnership;

import org.axonframework.serialization.Revision;

/** A partnership was registered with its decision rule and the number of members present for quorum. */
@Revision("1")
public record PartnershipRegisteredEvent(PartnershipId partnershipId,
                                         String name,
                                         DecisionRule decisionRule,
                                         int quorum) implements PartnershipEvent {
}
