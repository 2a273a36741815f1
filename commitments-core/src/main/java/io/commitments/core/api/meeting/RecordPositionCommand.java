package io.commitments.core.api.meeting;

import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the actor's organisation's position on an open proposal; it must be present at the meeting. */
public record RecordPositionCommand(@TargetAggregateIdentifier MeetingId meetingId,
                                    ProposalId proposalId,
                                    Position position,
                                    String reason,
                                    Actor actor) {
}
