package io.commitments.core.api.accountability;

import io.commitments.core.api.party.OrganisationId;

/**
 * One organisation's line in the ledger. {@code member} says whether it was a member of the partnership at the
 * end of the period: a withdrawn organisation keeps its history.
 */
public record OrganisationAccountability(OrganisationId organisation, boolean member, AccountabilityCounts counts) {
}
