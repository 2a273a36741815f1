package io.commitments.core.api.meeting;

/** How a member organisation attends a meeting; only those {@link #PRESENT} count for quorum and take positions. */
public enum AttendanceStatus {
    PRESENT,
    APOLOGIES,
    ABSENT
}
