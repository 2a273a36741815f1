package io.commitments.core.api.commitment;

import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The requester's side refuses the performer's counter-offer, with a reason; the commitment is declined. */
public record RejectCounterOfferCommand(@TargetAggregateIdentifier CommitmentId commitmentId,
                                        String reason,
                                        Actor actor) {
}
