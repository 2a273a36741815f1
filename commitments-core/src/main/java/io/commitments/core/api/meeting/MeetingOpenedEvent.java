package io.commitments.core.api.meeting;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A meeting opened with this attendance: {@code present} organisations against a {@code quorum}; without
 * quorum ({@code quorumMet} false) the meeting can discuss proposals but adopts none.
 */
@Revision("1")
public record MeetingOpenedEvent(MeetingId meetingId,
                                 PartnershipId partnershipId,
                                 List<Attendance> attendance,
                                 int present,
                                 int quorum,
                                 boolean quorumMet,
                                 Actor actor) implements PartnershipEvent {
}
