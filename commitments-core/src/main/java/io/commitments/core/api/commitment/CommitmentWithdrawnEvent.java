package io.commitments.core.api.commitment;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The performer abandoned a promised commitment, with a reason: a broken commitment, counted against the
 * performer.
 */
@Revision("1")
public record CommitmentWithdrawnEvent(CommitmentId commitmentId,
                                       PartnershipId partnershipId,
                                       Requester requester,
                                       OrganisationId performer,
                                       LocalDate dueDate,
                                       String reason,
                                       Actor actor) implements PartnershipEvent {
}
