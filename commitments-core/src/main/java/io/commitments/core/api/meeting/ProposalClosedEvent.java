package io.commitments.core.api.meeting;

import io.commitments.core.api.decision.DecisionId;
import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A proposal was closed under {@code decisionRule}: adopted (then {@code decisionId} names the decision
 * recorded in the same transaction) or rejected, with every organisation's final position, dissent included.
 */
@Revision("1")
public record ProposalClosedEvent(MeetingId meetingId,
                                  PartnershipId partnershipId,
                                  ProposalId proposalId,
                                  DecisionRule decisionRule,
                                  boolean quorumMet,
                                  ProposalOutcome outcome,
                                  DecisionId decisionId,
                                  List<RecordedPosition> positions,
                                  Actor actor) implements PartnershipEvent {
}
