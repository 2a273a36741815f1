package io.commitments.core.api.accountability;

import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.CommitmentState;
import io.commitments.core.api.commitment.ProgressStatus;
import io.commitments.core.api.commitment.Requester;
import io.commitments.core.api.party.OrganisationId;

import java.time.LocalDate;

/**
 * One open commitment on the follow-through board.
 *
 * @param dueDate         the due date in force
 * @param proposedDueDate a date awaiting acceptance: the counter-offer's, or a proposed renegotiation's
 * @param daysOverdue     days since the due date as of the board's date, when promised (or completion
 *                        reported) and past due; null otherwise
 * @param progress        the performer's latest progress report, cleared when completion is reported
 */
public record FollowThroughItem(CommitmentId commitmentId,
                                String description,
                                OrganisationId performer,
                                Requester requester,
                                CommitmentState state,
                                LocalDate dueDate,
                                LocalDate proposedDueDate,
                                Integer daysOverdue,
                                ProgressStatus progress,
                                String progressNote) {
}
