package io.commitments.core.api.partnership;

import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.serialization.Revision;

/** A member organisation left the partnership, holding no open commitments there, for the reason given. */
@Revision("1")
public record OrganisationWithdrewFromPartnershipEvent(PartnershipId partnershipId,
                                                       OrganisationId organisationId,
                                                       String reason,
                                                       Actor actor) implements PartnershipEvent {
}
