package io.commitments.core.commitment;

import java.time.LocalDate;

/**
 * The payload of the deadline that notices a commitment is overdue: the due date it was scheduled for, so a
 * deadline left over from an earlier due date never fires for a later one.
 */
public record OverdueDeadline(LocalDate dueDate) {

    /** The deadline's name; cancelling by this name within the aggregate's scope removes it. */
    public static final String NAME = "commitment-overdue";
}
