package io.commitments.core.api.commitment;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

/** The performer said how a promised commitment is going. */
@Revision("1")
public record CommitmentProgressReportedEvent(CommitmentId commitmentId,
                                              PartnershipId partnershipId,
                                              OrganisationId performer,
                                              ProgressStatus status,
                                              String note,
                                              Actor actor) implements PartnershipEvent {
}
