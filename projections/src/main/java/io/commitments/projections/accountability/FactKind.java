package io.commitments.projections.accountability;

/** What a dated fact of the ledger counts as. */
enum FactKind {
    MADE,
    KEPT_ON_TIME,
    KEPT_LATE,
    WITHDRAWN,
    RELEASED,
    DECLINED
}
