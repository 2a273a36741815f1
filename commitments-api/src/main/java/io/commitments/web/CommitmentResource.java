package io.commitments.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.commitments.core.api.commitment.CommitmentDetails;
import io.commitments.core.api.commitment.CommitmentSummary;
import io.commitments.core.api.commitment.CommitmentTimelineEntry;

import java.util.List;

/**
 * A commitment as {@code GET /api/commitments/{id}} and every commitment action answer it: the commitment's
 * fields ({@code id, state, version, performer, requester, dueDate, overdue, ...}) and its {@code events} in
 * order.
 */
record CommitmentResource(@JsonUnwrapped CommitmentSummary commitment, List<CommitmentTimelineEntry> events) {

    static CommitmentResource of(CommitmentDetails details) {
        return new CommitmentResource(details.commitment(), details.timeline());
    }
}
