package io.commitments.core.api.commitment;

import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A commitment as it stands after its latest event.
 *
 * @param requester          who asked: a member organisation, a decision (its action), or the partnership
 * @param performer          the organisation performing it now (after any accepted hand-over)
 * @param promisedBy         the performer's person who gave their word: who promised, whose offer or
 *                           counter-offer was accepted, or who took it over; null until promised
 * @param outcome            the purpose outcome it serves, if named
 * @param dueDate            the due date in force: requested, countered and accepted, or renegotiated
 * @param overdue            recorded overdue by the system, not cleared by a renegotiation to a later date, and
 *                           still open (an ended commitment is no longer overdue; see {@code keptOnTime})
 * @param progress           the performer's latest progress report, with its {@code progressNote}; null if none
 * @param proposedDueDate    a new due date awaiting acceptance: a counter-offer or a proposed renegotiation
 * @param handOverTo         the organisation a proposed hand-over awaits, if any
 * @param requestedAt        when it was requested or offered
 * @param promisedAt         when the performer first became bound to it; null if never promised
 * @param endedAt            when it was kept, declined, withdrawn or released; null while open
 * @param keptOnTime         whether it was kept by the end of its due date; null unless kept
 * @param version            the sequence number of its latest event (the resource's version)
 */
public record CommitmentSummary(CommitmentId id,
                                PartnershipId partnershipId,
                                Requester requester,
                                OrganisationId performer,
                                PersonId promisedBy,
                                String description,
                                String conditionsOfSatisfaction,
                                String outcome,
                                LocalDate dueDate,
                                CommitmentState state,
                                boolean overdue,
                                ProgressStatus progress,
                                String progressNote,
                                LocalDate proposedDueDate,
                                OrganisationId handOverTo,
                                Instant requestedAt,
                                Instant promisedAt,
                                Instant endedAt,
                                Boolean keptOnTime,
                                long version) {
}
