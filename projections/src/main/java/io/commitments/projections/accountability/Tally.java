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

    void count(FactKind kind) {
        switch (kind) {
            case MADE -> made++;
            case KEPT_ON_TIME -> keptOnTime++;
            case KEPT_LATE -> keptLate++;
            case WITHDRAWN -> withdrawn++;
            case RELEASED -> released++;
            case DECLINED -> declined++;
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
