package io.commitments.core.api.commitment;

import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The requester's side releases the performer from an open commitment that is no longer needed. */
public record ReleaseCommitmentCommand(@TargetAggregateIdentifier CommitmentId commitmentId,
                                       String reason,
                                       Actor actor) {
}
