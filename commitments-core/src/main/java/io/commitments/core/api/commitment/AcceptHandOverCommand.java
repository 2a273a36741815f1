package io.commitments.core.api.commitment;

import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The receiving organisation accepts a proposed hand-over and becomes the performer. */
public record AcceptHandOverCommand(@TargetAggregateIdentifier CommitmentId commitmentId,
                                    Actor actor) {
}
