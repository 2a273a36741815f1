package io.commitments.core.api.decision;

import io.commitments.core.api.meeting.MeetingId;
import io.commitments.core.api.meeting.ProposalId;
import io.commitments.core.api.meeting.RecordedPosition;
import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.purpose.OutcomeId;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A decision came into force: the proposal of that meeting was adopted with these positions. Recorded in the
 * same transaction as the meeting's {@code ProposalClosedEvent}; {@code outcome} is the purpose outcome served.
 */
@Revision("1")
public record DecisionRecordedEvent(DecisionId decisionId,
                                    PartnershipId partnershipId,
                                    MeetingId meetingId,
                                    ProposalId proposalId,
                                    String title,
                                    String text,
                                    OutcomeId outcome,
                                    List<RecordedPosition> positions,
                                    Actor actor) implements PartnershipEvent {
}
