package io.commitments.core.api.purpose;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A version of the shared purpose was adopted: every current member ({@code endorsedBy}) had endorsed it.
 * It replaces {@code replacedVersion} (null for the first), and every version older than it is superseded.
 * The actor is whoever's command completed the endorsement: the last endorsement, or a member's withdrawal.
 */
@Revision("1")
public record PurposeAdoptedEvent(PartnershipId partnershipId,
                                  int version,
                                  Integer replacedVersion,
                                  List<OrganisationId> endorsedBy,
                                  Actor actor) implements PartnershipEvent {
}
