package io.commitments.core.api.meeting;

/** What closing a proposal under the partnership's decision rule came to. */
public enum ProposalOutcome {
    ADOPTED,
    REJECTED
}
