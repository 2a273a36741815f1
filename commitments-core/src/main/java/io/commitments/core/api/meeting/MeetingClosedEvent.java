package io.commitments.core.api.meeting;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import org.axonframework.serialization.Revision;

/** A meeting was closed with its minutes; all its proposals had been closed. */
@Revision("1")
public record MeetingClosedEvent(MeetingId meetingId,
                                 PartnershipId partnershipId,
                                 String minutes,
                                 Actor actor) implements PartnershipEvent {
}
