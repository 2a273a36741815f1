package io.commitments.core.api.decision;

import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Rescind a decision in force with a reason (coordinators only), optionally naming the decision superseding it. */
public record RescindDecisionCommand(@TargetAggregateIdentifier DecisionId decisionId,
                                     String reason,
                                     DecisionId supersededBy,
                                     Actor actor) {
}
