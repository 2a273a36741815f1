package io.commitments.history;

import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;

import java.util.Map;

/** A partnership the generator made, with who acts in it. */
public record GeneratedPartnership(PartnershipId id,
                                   String name,
                                   PersonId coordinator,
                                   Map<OrganisationId, String> organisations,
                                   Map<OrganisationId, PersonId> members) {
}
