package io.commitments.core.api.organisation;

import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

/** An organisation became known to the system; it can now join partnerships. */
@Revision("1")
public record OrganisationRegisteredEvent(OrganisationId organisationId, String name) {
}
