package io.commitments.core.api.purpose;

/**
 * What serves one outcome of the adopted purpose: the commitments naming it (all, open, kept) and the decisions
 * in force naming it. {@code unserved} when no commitment naming it is open or kept: nothing is behind it.
 */
public record OutcomeCoverage(OutcomeId outcomeId,
                              String text,
                              int commitments,
                              int openCommitments,
                              int keptCommitments,
                              int decisionsInForce,
                              boolean unserved) {
}
