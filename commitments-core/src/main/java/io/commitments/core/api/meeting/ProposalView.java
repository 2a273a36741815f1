package io.commitments.core.api.meeting;

import io.commitments.core.api.decision.DecisionId;
import io.commitments.core.api.purpose.OutcomeId;

import java.time.Instant;
import java.util.List;

/**
 * A proposal tabled in a meeting: each organisation's current {@code positions} (in the order organisations
 * first spoke) and every position recorded, changes included, in {@code history}. {@code outcome},
 * {@code decisionId} (when adopted) and {@code closedAt} are null while the proposal is open.
 */
public record ProposalView(ProposalId proposalId,
                           String title,
                           String text,
                           OutcomeId servesOutcome,
                           Instant tabledAt,
                           List<RecordedPosition> positions,
                           List<PositionTaken> history,
                           ProposalOutcome outcome,
                           DecisionId decisionId,
                           Instant closedAt) {
}
