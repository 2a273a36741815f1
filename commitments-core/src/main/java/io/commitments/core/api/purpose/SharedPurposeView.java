package io.commitments.core.api.purpose;

import io.commitments.core.api.partnership.PartnershipId;

import java.util.List;

/**
 * A partnership's shared purpose as {@code GET /api/partnerships/{pid}/purpose} shows it: the adopted version
 * (null until one is), the pending versions with who endorsed them and who has yet to, and the superseded
 * versions as history; each list oldest version first.
 */
public record SharedPurposeView(PartnershipId partnershipId,
                                PurposeVersion adopted,
                                List<PurposeVersion> pending,
                                List<PurposeVersion> superseded) {
}
