package io.commitments.core.api.purpose;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

/** A member organisation endorsed a version of the shared purpose. */
@Revision("1")
public record PurposeEndorsedEvent(PartnershipId partnershipId,
                                   int version,
                                   OrganisationId organisationId,
                                   Actor actor) implements PartnershipEvent {
}
