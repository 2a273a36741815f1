package io.commitments.core.api.commitment;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** One side proposed a new due date for a promised commitment; the other side is to accept it. */
@Revision("1")
public record CommitmentRenegotiationProposedEvent(CommitmentId commitmentId,
                                                   PartnershipId partnershipId,
                                                   OrganisationId performer,
                                                   CommitmentSide proposedBy,
                                                   LocalDate dueDate,
                                                   String reason,
                                                   Actor actor) implements PartnershipEvent {
}
