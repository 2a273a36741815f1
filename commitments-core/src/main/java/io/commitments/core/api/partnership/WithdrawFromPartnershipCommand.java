package io.commitments.core.api.partnership;

import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Take a member organisation out of the partnership, with a reason. Refused with
 * {@link OpenCommitmentsException} while the organisation performs open commitments there.
 */
public record WithdrawFromPartnershipCommand(@TargetAggregateIdentifier PartnershipId partnershipId,
                                             OrganisationId organisationId,
                                             String reason,
                                             Actor actor) {
}
