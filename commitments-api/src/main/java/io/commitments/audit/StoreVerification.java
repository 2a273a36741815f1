package io.commitments.audit;

import io.commitments.core.api.partnership.PartnershipId;

import java.util.List;

/**
 * The outcome of verifying every partnership's history in one pass over the event store.
 *
 * @param checkedEvents events whose links were recomputed, over all partnerships
 * @param partnerships  partnerships whose histories were verified (those with events or ledger records)
 * @param invalid       each partnership whose history is not what was recorded, with where and why; empty when valid
 */
public record StoreVerification(boolean valid, long checkedEvents, int partnerships, List<Invalid> invalid) {

    /** A partnership whose history failed verification. */
    public record Invalid(PartnershipId partnershipId, Verification verification) {
    }
}
