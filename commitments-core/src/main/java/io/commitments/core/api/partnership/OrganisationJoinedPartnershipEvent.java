package io.commitments.core.api.partnership;

import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

/** An organisation became a member of the partnership (again, if it had withdrawn: a new membership). */
@Revision("1")
public record OrganisationJoinedPartnershipEvent(PartnershipId partnershipId,
                                                 OrganisationId organisationId,
                                                 Actor actor) implements PartnershipEvent {
}
