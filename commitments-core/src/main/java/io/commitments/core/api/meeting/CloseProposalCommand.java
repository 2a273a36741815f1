package io.commitments.core.api.meeting;

import io.commitments.core.api.decision.DecisionId;
import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Close an open proposal, applying the meeting's decision rule (coordinators only). {@code decisionId} is the
 * identifier the decision gets if the proposal is adopted; it is unused when it is rejected.
 */
public record CloseProposalCommand(@TargetAggregateIdentifier MeetingId meetingId,
                                   ProposalId proposalId,
                                   DecisionId decisionId,
                                   Actor actor) {
}
