package io.commitments.core.api.meeting;

/** Where a meeting is in its life, as read models show it. */
public enum MeetingState {
    SCHEDULED,
    OPEN,
    CLOSED
}
