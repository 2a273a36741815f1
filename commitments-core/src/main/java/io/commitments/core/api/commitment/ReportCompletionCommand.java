package io.commitments.core.api.commitment;

import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The performer's side says a promised commitment is done. */
public record ReportCompletionCommand(@TargetAggregateIdentifier CommitmentId commitmentId,
                                      String note,
                                      Actor actor) {
}
