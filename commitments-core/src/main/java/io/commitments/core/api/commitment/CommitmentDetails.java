package io.commitments.core.api.commitment;

import java.util.List;

/** A commitment as it stands, and every event of its history in order. */
public record CommitmentDetails(CommitmentSummary commitment, List<CommitmentTimelineEntry> timeline) {

    public CommitmentDetails {
        timeline = List.copyOf(timeline);
    }
}
