package io.commitments.core.api.commitment;

import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The performer's side promises a requested commitment. */
public record PromiseCommitmentCommand(@TargetAggregateIdentifier CommitmentId commitmentId,
                                       Actor actor) {
}
