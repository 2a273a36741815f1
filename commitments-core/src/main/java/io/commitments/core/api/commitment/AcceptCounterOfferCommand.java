package io.commitments.core.api.commitment;

import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The requester's side accepts the performer's counter-offer, which makes it a promise on the countered date. */
public record AcceptCounterOfferCommand(@TargetAggregateIdentifier CommitmentId commitmentId,
                                        Actor actor) {
}
