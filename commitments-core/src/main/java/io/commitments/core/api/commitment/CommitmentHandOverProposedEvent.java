package io.commitments.core.api.commitment;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

/**
 * The performer proposed to hand the commitment over; until the receiver accepts, the performer stays
 * accountable.
 */
@Revision("1")
public record CommitmentHandOverProposedEvent(CommitmentId commitmentId,
                                              PartnershipId partnershipId,
                                              OrganisationId fromOrganisation,
                                              OrganisationId toOrganisation,
                                              String note,
                                              Actor actor) implements PartnershipEvent {
}
