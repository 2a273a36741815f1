/** Messages about meetings: scheduling, attendance and quorum, proposals, positions and their outcome. */
package io.commitments.core.api.meeting;
