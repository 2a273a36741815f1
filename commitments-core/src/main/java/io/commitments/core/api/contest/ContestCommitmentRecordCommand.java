package io.commitments.core.api.contest;

import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The actor's organisation, a member of the partnership, contests one event of a commitment's history,
 * named by the commitment and the event's identifier. Handled by the partnership, so the commitment's own
 * history is left as it was; the caller checks that the commitment and event belong to the partnership.
 */
public record ContestCommitmentRecordCommand(@TargetAggregateIdentifier PartnershipId partnershipId,
                                             ContestNoteId noteId,
                                             CommitmentId commitmentId,
                                             String eventIdentifier,
                                             String note,
                                             Actor actor) {
}
