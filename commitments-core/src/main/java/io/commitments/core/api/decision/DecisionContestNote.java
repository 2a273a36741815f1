package io.commitments.core.api.decision;

import io.commitments.core.api.contest.ContestNoteId;
import io.commitments.core.api.party.OrganisationId;

import java.time.Instant;

/** A member organisation's note that a decision's record is wrong, standing beside the unchanged record. */
public record DecisionContestNote(ContestNoteId noteId, OrganisationId organisationId, String note,
                                  Instant attachedAt) {
}
