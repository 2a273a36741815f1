package io.commitments.core.api.commitment;

import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The performer's side abandons a promised commitment, with a reason (it reneges). */
public record WithdrawCommitmentCommand(@TargetAggregateIdentifier CommitmentId commitmentId,
                                        String reason,
                                        Actor actor) {
}
