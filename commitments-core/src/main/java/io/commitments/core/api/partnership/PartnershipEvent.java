package io.commitments.core.api.partnership;

/**
 * An event that belongs to one partnership's history: what an auditor of that partnership gets, in order, and
 * what its tamper-evident chain covers. Every event that carries a {@code partnershipId} implements it;
 * registrations of organisations and people belong to no partnership.
 */
public interface PartnershipEvent {

    PartnershipId partnershipId();
}
