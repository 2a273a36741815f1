package io.commitments.core.api.partnership;

import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Admit an organisation as a member; a current member joining again changes nothing. */
public record JoinPartnershipCommand(@TargetAggregateIdentifier PartnershipId partnershipId,
                                     OrganisationId organisationId,
                                     Actor actor) {
}
