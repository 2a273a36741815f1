package io.commitments.core.api.partnership;

import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;

/**
 * The partnerships a person takes part in, as in {@link ParticipationQuery}: those they coordinate and those
 * their organisation is or was a member of. Answered with the partnerships' ids, in no particular order.
 */
public record PartnershipsTakenPartInQuery(PersonId personId, OrganisationId organisationId) {
}
