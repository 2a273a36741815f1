package io.commitments.core.api.decision;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import org.axonframework.serialization.Revision;

/** A decision stopped being in force, for the reason given; {@code supersededBy} is its successor, if any. */
@Revision("1")
public record DecisionRescindedEvent(DecisionId decisionId,
                                     PartnershipId partnershipId,
                                     String reason,
                                     DecisionId supersededBy,
                                     Actor actor) implements PartnershipEvent {
}
