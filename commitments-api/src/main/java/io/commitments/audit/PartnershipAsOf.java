package io.commitments.audit;

import io.commitments.core.api.commitment.CommitmentSummary;
import io.commitments.core.api.decision.DecisionRegisterEntry;
import io.commitments.core.api.partnership.PartnershipOverview;
import io.commitments.core.api.purpose.SharedPurposeView;

import java.time.Instant;
import java.util.List;

/**
 * A partnership as it stood at a point of history: its overview (members, coordinators, adopted purpose, counts),
 * every version of its purpose, its open commitments and its decision register, exactly as the live views showed
 * them then.
 *
 * @param position the last position the state includes
 * @param asOf     the instant asked for, if the point was given by time
 */
public record PartnershipAsOf(long position,
                              Instant asOf,
                              PartnershipOverview overview,
                              SharedPurposeView purpose,
                              List<CommitmentSummary> openCommitments,
                              List<DecisionRegisterEntry> decisions) {
}
