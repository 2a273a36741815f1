package io.commitments.core.api.commitment;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The requester declared a reported completion not satisfactory, with a reason: the commitment is promised
 * again.
 */
@Revision("1")
public record CommitmentSatisfactionDeniedEvent(CommitmentId commitmentId,
                                                PartnershipId partnershipId,
                                                OrganisationId performer,
                                                LocalDate dueDate,
                                                String reason,
                                                Actor actor) implements PartnershipEvent {
}
