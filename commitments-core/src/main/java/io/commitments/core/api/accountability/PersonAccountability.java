package io.commitments.core.api.accountability;

import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;

/**
 * One person's line in the ledger, for the organisation they acted for: the commitments they gave their word
 * to (promised, offered, countered or took over) and the requests they declined.
 */
public record PersonAccountability(PersonId person, OrganisationId organisation, AccountabilityCounts counts) {
}
