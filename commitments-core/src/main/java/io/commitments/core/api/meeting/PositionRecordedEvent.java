package io.commitments.core.api.meeting;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

/** A present organisation took (or changed: the latest counts, every one is kept) a position on a proposal. */
@Revision("1")
public record PositionRecordedEvent(MeetingId meetingId,
                                    PartnershipId partnershipId,
                                    ProposalId proposalId,
                                    OrganisationId organisationId,
                                    Position position,
                                    String reason,
                                    Actor actor) implements PartnershipEvent {
}
