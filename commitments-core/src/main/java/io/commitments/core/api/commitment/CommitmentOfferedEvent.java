package io.commitments.core.api.commitment;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A member organisation offered the partnership a commitment; the partnership is its requester. */
@Revision("1")
public record CommitmentOfferedEvent(CommitmentId commitmentId,
                                     PartnershipId partnershipId,
                                     OrganisationId performer,
                                     String description,
                                     LocalDate dueDate,
                                     String conditionsOfSatisfaction,
                                     String outcome,
                                     Actor actor) implements PartnershipEvent {
}
