package io.commitments.core.api.partnership;

import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;

/**
 * Whether a person takes part in a partnership: as a coordinator, or by acting for an organisation that is
 * or was a member (a withdrawn member still sees the history it was part of). Answered with a Boolean.
 */
public record IsParticipantQuery(PartnershipId partnershipId, PersonId personId, OrganisationId organisationId) {
}
