package io.commitments.core.api.meeting;

import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close an open meeting with its minutes (coordinators only); every proposal must have been closed first. */
public record CloseMeetingCommand(@TargetAggregateIdentifier MeetingId meetingId,
                                  String minutes,
                                  Actor actor) {
}
