package io.commitments.core.api.meeting;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.purpose.OutcomeId;
import org.axonframework.serialization.Revision;

/** A proposal was tabled in an open meeting; {@code outcome} is the purpose outcome it serves, if any. */
@Revision("1")
public record ProposalTabledEvent(MeetingId meetingId,
                                  PartnershipId partnershipId,
                                  ProposalId proposalId,
                                  String title,
                                  String text,
                                  OutcomeId outcome,
                                  Actor actor) implements PartnershipEvent {
}
