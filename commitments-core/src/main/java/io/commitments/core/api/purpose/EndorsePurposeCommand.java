package io.commitments.core.api.purpose;

import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The actor's organisation, a current member, endorses a pending version of the shared purpose, or the
 * adopted one if it has not yet (a member that joined after its adoption).
 */
public record EndorsePurposeCommand(@TargetAggregateIdentifier PartnershipId partnershipId,
                                    int version,
                                    Actor actor) {
}
