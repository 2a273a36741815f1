package io.commitments.core.api.partnership;

/**
 * A partnership in numbers: current and former member organisations, coordinators, open commitments (of which
 * overdue), decisions (of which still in force), and meetings scheduled.
 */
public record PartnershipCounts(int members,
                                int formerMembers,
                                int coordinators,
                                int openCommitments,
                                int overdueCommitments,
                                int decisions,
                                int decisionsInForce,
                                int meetings) {
}
