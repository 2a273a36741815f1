package io.commitments.core.api.commitment;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

/**
 * The receiving organisation accepted the hand-over and is now the performer; the history stays with the
 * commitment.
 */
@Revision("1")
public record CommitmentHandOverAcceptedEvent(CommitmentId commitmentId,
                                              PartnershipId partnershipId,
                                              OrganisationId fromOrganisation,
                                              OrganisationId toOrganisation,
                                              Actor actor) implements PartnershipEvent {
}
