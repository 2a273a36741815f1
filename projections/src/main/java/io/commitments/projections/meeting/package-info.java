/** The meeting view: schedule, attendance and quorum, proposals with every position, outcomes, minutes. */
package io.commitments.projections.meeting;
