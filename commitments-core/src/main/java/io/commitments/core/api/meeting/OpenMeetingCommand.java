package io.commitments.core.api.meeting;

import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Open a scheduled meeting with the attendance of each current member organisation (coordinators only).
 * Every listed organisation must be a current member; the caller lists every member.
 */
public record OpenMeetingCommand(@TargetAggregateIdentifier MeetingId meetingId,
                                 List<Attendance> attendance,
                                 Actor actor) {
}
