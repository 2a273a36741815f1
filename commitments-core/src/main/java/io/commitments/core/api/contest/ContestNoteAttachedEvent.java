package io.commitments.core.api.contest;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

/**
 * A member organisation attached a note contesting a record ("this record is wrong because ..."). The record
 * itself is unchanged: the note stands beside it in the history. Applied by the Decision aggregate for a
 * decision and by the Partnership aggregate for a commitment event.
 */
@Revision("1")
public record ContestNoteAttachedEvent(PartnershipId partnershipId,
                                       ContestNoteId noteId,
                                       ContestedRecord contested,
                                       OrganisationId organisationId,
                                       String note,
                                       Actor actor) implements PartnershipEvent {
}
