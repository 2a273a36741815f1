package io.commitments.core.api.commitment;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The performer promised a requested commitment by the due date. */
@Revision("1")
public record CommitmentPromisedEvent(CommitmentId commitmentId,
                                      PartnershipId partnershipId,
                                      OrganisationId performer,
                                      LocalDate dueDate,
                                      Actor actor) implements PartnershipEvent {
}
