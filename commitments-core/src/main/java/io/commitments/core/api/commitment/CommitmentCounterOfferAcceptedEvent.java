package io.commitments.core.api.commitment;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The requester accepted the counter-offer: promised, due on the countered date. */
@Revision("1")
public record CommitmentCounterOfferAcceptedEvent(CommitmentId commitmentId,
                                                  PartnershipId partnershipId,
                                                  OrganisationId performer,
                                                  LocalDate dueDate,
                                                  Actor actor) implements PartnershipEvent {
}
