package io.commitments.core.api.meeting;

import io.commitments.core.api.party.Actor;
import io.commitments.core.api.purpose.OutcomeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Table a proposal in an open meeting (coordinators only), optionally naming the purpose outcome it serves. */
public record TableProposalCommand(@TargetAggregateIdentifier MeetingId meetingId,
                                   ProposalId proposalId,
                                   String title,
                                   String text,
                                   OutcomeId outcome,
                                   Actor actor) {
}
