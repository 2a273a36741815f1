package io.commitments.core.api.commitment;

import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Either side proposes a new due date for a promised commitment, with a reason. */
public record ProposeRenegotiationCommand(@TargetAggregateIdentifier CommitmentId commitmentId,
                                          LocalDate dueDate,
                                          String reason,
                                          Actor actor) {
}
