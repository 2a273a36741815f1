package io.commitments.core.api.contest;

import io.commitments.core.api.decision.DecisionId;
import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The actor's organisation, a member of the decision's partnership, contests the decision's record. */
public record ContestDecisionCommand(@TargetAggregateIdentifier DecisionId decisionId,
                                     ContestNoteId noteId,
                                     String note,
                                     Actor actor) {
}
