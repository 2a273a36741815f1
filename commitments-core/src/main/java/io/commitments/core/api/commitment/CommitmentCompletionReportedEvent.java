package io.commitments.core.api.commitment;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The performer said the commitment is done; the requester is to declare whether it is satisfied. */
@Revision("1")
public record CommitmentCompletionReportedEvent(CommitmentId commitmentId,
                                                PartnershipId partnershipId,
                                                OrganisationId performer,
                                                LocalDate dueDate,
                                                String note,
                                                Actor actor) implements PartnershipEvent {
}
