package io.commitments.core.api.commitment;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The performer declined a request, with a reason. Declining is never counted against anyone. */
@Revision("1")
public record CommitmentDeclinedEvent(CommitmentId commitmentId,
                                      PartnershipId partnershipId,
                                      Requester requester,
                                      OrganisationId performer,
                                      LocalDate dueDate,
                                      String reason,
                                      Actor actor) implements PartnershipEvent {
}
