package io.commitments.core.api.commitment;

import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The performer's side says No to a request, with a reason. */
public record DeclineCommitmentCommand(@TargetAggregateIdentifier CommitmentId commitmentId,
                                       String reason,
                                       Actor actor) {
}
