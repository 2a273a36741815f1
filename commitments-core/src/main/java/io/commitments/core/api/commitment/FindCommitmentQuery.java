package io.commitments.core.api.commitment;

import java.util.Objects;

/** One commitment with its timeline. Answered with an optional {@link CommitmentDetails}. */
public record FindCommitmentQuery(CommitmentId commitmentId) {

    public FindCommitmentQuery {
        Objects.requireNonNull(commitmentId, "commitment id");
    }
}
