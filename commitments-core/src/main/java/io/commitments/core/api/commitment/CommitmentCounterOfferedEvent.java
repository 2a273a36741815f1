package io.commitments.core.api.commitment;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The performer answered a request with another due date. */
@Revision("1")
public record CommitmentCounterOfferedEvent(CommitmentId commitmentId,
                                            PartnershipId partnershipId,
                                            OrganisationId performer,
                                            LocalDate dueDate,
                                            String note,
                                            Actor actor) implements PartnershipEvent {
}
