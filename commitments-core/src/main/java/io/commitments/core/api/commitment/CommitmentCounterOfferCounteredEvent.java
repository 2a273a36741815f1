package io.commitments.core.api.commitment;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The requester answered a counter-offer with another due date: the commitment is requested again, due then. */
@Revision("1")
public record CommitmentCounterOfferCounteredEvent(CommitmentId commitmentId,
                                                   PartnershipId partnershipId,
                                                   OrganisationId performer,
                                                   LocalDate dueDate,
                                                   String note,
                                                   Actor actor) implements PartnershipEvent {
}
