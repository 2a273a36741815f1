package io.commitments.core.api.meeting;

import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** A meeting was scheduled, deciding under the given rule and quorum (members present). */
@Revision("1")
public record MeetingScheduledEvent(MeetingId meetingId,
                                    PartnershipId partnershipId,
                                    String title,
                                    Instant scheduledFor,
                                    List<String> agenda,
                                    DecisionRule decisionRule,
                                    int quorum,
                                    Actor actor) implements PartnershipEvent {
}
