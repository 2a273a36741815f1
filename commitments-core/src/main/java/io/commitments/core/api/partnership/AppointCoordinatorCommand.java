package io.commitments.core.api.partnership;

import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Appoint a person to coordinate the partnership; appointing a coordinator again changes nothing. */
public record AppointCoordinatorCommand(@TargetAggregateIdentifier PartnershipId partnershipId,
                                        PersonId personId,
                                        Actor actor) {
}
