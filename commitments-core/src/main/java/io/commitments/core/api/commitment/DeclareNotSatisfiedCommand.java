package io.commitments.core.api.commitment;

import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The requester's side says a reported completion is not yet what was asked, with a reason. */
public record DeclareNotSatisfiedCommand(@TargetAggregateIdentifier CommitmentId commitmentId,
                                         String reason,
                                         Actor actor) {
}
