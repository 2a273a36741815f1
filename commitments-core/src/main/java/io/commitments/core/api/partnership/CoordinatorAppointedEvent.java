package io.commitments.core.api.partnership;

import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.PersonId;
import org.axonframework.serialization.Revision;

/** A person became a coordinator of the partnership: they schedule and chair its meetings. */
@Revision("1")
public record CoordinatorAppointedEvent(PartnershipId partnershipId,
                                        PersonId personId,
                                        Actor actor) implements PartnershipEvent {
}
