package io.commitments.core.api.decision;

/**
 * How a decision's actions stand: how many there are, and how many are kept, open (of which {@code overdue}),
 * withdrawn by their performer, released by the partnership, or declined.
 */
public record DecisionFollowThrough(int actions,
                                    int kept,
                                    int open,
                                    int overdue,
                                    int withdrawn,
                                    int released,
                                    int declined) {
}
