package io.commitments.core.api.commitment;

import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The requester's side declares a reported completion satisfactory: the commitment is kept. */
public record DeclareSatisfiedCommand(@TargetAggregateIdentifier CommitmentId commitmentId,
                                      Actor actor) {
}
