package io.commitments.core.api.meeting;

import io.commitments.core.api.partnership.PartnershipId;

import java.time.Instant;

/** A meeting as a partnership's list of meetings shows it: when, what, where it stands and its quorum. */
public record MeetingSummary(MeetingId meetingId,
                             PartnershipId partnershipId,
                             String title,
                             Instant scheduledFor,
                             MeetingState state,
                             MeetingQuorum quorum) {
}
