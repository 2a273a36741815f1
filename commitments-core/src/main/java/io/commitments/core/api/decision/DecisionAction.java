package io.commitments.core.api.decision;

import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.CommitmentState;
import io.commitments.core.api.party.OrganisationId;

import java.time.LocalDate;

/**
 * An action of a decision: the commitment it requested, where that stands now. {@code performer} and
 * {@code dueDate} are the current ones (after hand-overs and renegotiations); {@code overdue} is true while it is
 * open past a due date the system recorded as missed; {@code keptOnTime} is set only once it is kept.
 */
public record DecisionAction(CommitmentId commitmentId,
                             OrganisationId performer,
                             String description,
                             LocalDate dueDate,
                             CommitmentState state,
                             boolean overdue,
                             Boolean keptOnTime) {
}
