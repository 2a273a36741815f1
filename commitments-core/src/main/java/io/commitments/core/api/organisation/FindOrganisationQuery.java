package io.commitments.core.api.organisation;

import io.commitments.core.api.party.OrganisationId;

/** One organisation. Answered with an optional {@link OrganisationSummary}. */
public record FindOrganisationQuery(OrganisationId organisationId) {
}
