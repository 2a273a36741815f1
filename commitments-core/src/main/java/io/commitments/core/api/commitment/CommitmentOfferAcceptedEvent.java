package io.commitments.core.api.commitment;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The requester accepted an offer: the performer is now bound to it by the due date. */
@Revision("1")
public record CommitmentOfferAcceptedEvent(CommitmentId commitmentId,
                                           PartnershipId partnershipId,
                                           OrganisationId performer,
                                           LocalDate dueDate,
                                           Actor actor) implements PartnershipEvent {
}
