package io.commitments.core.api.purpose;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import org.axonframework.serialization.Revision;

import java.util.List;

/** A version of the shared purpose was proposed; it is pending until every current member has endorsed it. */
@Revision("1")
public record PurposeProposedEvent(PartnershipId partnershipId,
                                   int version,
                                   String statement,
                                   List<PurposeOutcome> outcomes,
                                   Actor actor) implements PartnershipEvent {
}
