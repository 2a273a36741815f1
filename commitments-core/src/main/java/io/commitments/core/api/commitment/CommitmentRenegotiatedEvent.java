package io.commitments.core.api.commitment;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Both sides agreed a new due date. {@code overdueCleared} is true when the commitment had been recorded overdue
 * and the new date lies ahead: it is no longer overdue.
 */
@Revision("1")
public record CommitmentRenegotiatedEvent(CommitmentId commitmentId,
                                          PartnershipId partnershipId,
                                          OrganisationId performer,
                                          LocalDate previousDueDate,
                                          LocalDate dueDate,
                                          boolean overdueCleared,
                                          Actor actor) implements PartnershipEvent {
}
