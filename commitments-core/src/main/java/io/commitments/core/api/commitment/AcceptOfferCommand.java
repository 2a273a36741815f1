package io.commitments.core.api.commitment;

import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The requester's side accepts an offer, which makes it a promise. */
public record AcceptOfferCommand(@TargetAggregateIdentifier CommitmentId commitmentId,
                                 Actor actor) {
}
