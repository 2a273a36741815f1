package io.commitments.core.api.commitment;

import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The performer's side says how a promised commitment is going. */
public record ReportProgressCommand(@TargetAggregateIdentifier CommitmentId commitmentId,
                                    ProgressStatus status,
                                    String note,
                                    Actor actor) {
}
