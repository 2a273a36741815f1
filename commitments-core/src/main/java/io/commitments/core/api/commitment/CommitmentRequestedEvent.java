package io.commitments.core.api.commitment;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A commitment was requested of a performer. */
@Revision("1")
public record CommitmentRequestedEvent(CommitmentId commitmentId,
                                       PartnershipId partnershipId,
                                       Requester requester,
                                       OrganisationId performer,
                                       String description,
                                       LocalDate dueDate,
                                       String conditionsOfSatisfaction,
                                       String outcome,
                                       Actor actor) implements PartnershipEvent {
}
