package io.commitments.core.api.purpose;

import io.commitments.core.api.partnership.PartnershipId;

/** A partnership's shared purpose, every version. Answered with an optional {@link SharedPurposeView}. */
public record FindSharedPurposeQuery(PartnershipId partnershipId) {
}
