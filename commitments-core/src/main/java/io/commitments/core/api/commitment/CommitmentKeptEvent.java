package io.commitments.core.api.commitment;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The requester declared the commitment satisfied: kept on time when declared by the end of the due date (in the
 * configured zone), late otherwise.
 */
@Revision("1")
public record CommitmentKeptEvent(CommitmentId commitmentId,
                                  PartnershipId partnershipId,
                                  Requester requester,
                                  OrganisationId performer,
                                  LocalDate dueDate,
                                  boolean keptOnTime,
                                  Actor actor) implements PartnershipEvent {
}
