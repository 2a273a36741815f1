package io.commitments.core.api.partnership;

/** One partnership's summary. Answered with an optional {@link PartnershipSummary}. */
public record FindPartnershipQuery(PartnershipId partnershipId) {
}
