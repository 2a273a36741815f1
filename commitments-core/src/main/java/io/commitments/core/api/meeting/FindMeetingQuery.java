package io.commitments.core.api.meeting;

/** One meeting as its record shows it. Answered with an optional {@link MeetingView}. */
public record FindMeetingQuery(MeetingId meetingId) {
}
