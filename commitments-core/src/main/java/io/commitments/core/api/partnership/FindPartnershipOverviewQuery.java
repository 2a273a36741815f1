package io.commitments.core.api.partnership;

/**
 * One partnership's overview: members, coordinators, purpose, counts, outcome coverage and attendance. Answered
 * with an optional {@link PartnershipOverview}.
 */
public record FindPartnershipOverviewQuery(PartnershipId partnershipId) {
}
