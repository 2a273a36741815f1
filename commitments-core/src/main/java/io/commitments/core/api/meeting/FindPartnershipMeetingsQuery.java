package io.commitments.core.api.meeting;

import io.commitments.core.api.partnership.PartnershipId;

import java.util.Objects;

/** A partnership's meetings, the latest scheduled first. Answered with a list of {@link MeetingSummary}. */
public record FindPartnershipMeetingsQuery(PartnershipId partnershipId) {

    public FindPartnershipMeetingsQuery {
        Objects.requireNonNull(partnershipId, "partnership id");
    }
}
