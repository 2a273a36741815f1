package io.commitments.core.api.commitment;

import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The side that did not propose it accepts a renegotiated due date. */
public record AcceptRenegotiationCommand(@TargetAggregateIdentifier CommitmentId commitmentId,
                                         Actor actor) {
}
