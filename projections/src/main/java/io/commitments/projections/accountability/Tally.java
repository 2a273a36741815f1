package io.commitments.projections.accountability;

import io.commitments.core.api.accountability.AccountabilityCounts;

/** Counts being added up for one performer and one period. */
final class Tally {

    private int made;
    private int keptOnTime;
    private int keptLate;
    private int withdrawn;
    private int released;
    private int declined;
    private int open;
    private int overdue;

    void count(FactKind kind, int facts) {
        switch (kind) {
            case MADE -> made += facts;
            case KEPT_ON_TIME -> keptOnTime += facts;
            case KEPT_LATE -> keptLate += facts;
            case WITHDRAWN -> withdrawn += facts;
            case RELEASED -> released += facts;
            case DECLINED -> declined += facts;
        }
    }

    void countOpen(boolean isOverdue) {
        open++;
        if (isOverdue) {
            overdue++;
        }
    }

    AccountabilityCounts counts() {
        return AccountabilityCounts.of(made, keptOnTime, keptLate, withdrawn, released, declined, open, overdue);
    }
}
