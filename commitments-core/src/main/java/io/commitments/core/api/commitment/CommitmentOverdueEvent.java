package io.commitments.core.api.commitment;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Recorded by the system (no actor) when a promised or completion-reported commitment passed the end of its due
 * date.
 */
@Revision("1")
public record CommitmentOverdueEvent(CommitmentId commitmentId,
                                     PartnershipId partnershipId,
                                     OrganisationId performer,
                                     LocalDate dueDate) implements PartnershipEvent {
}
