package io.commitments.core.api.meeting;

import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * Schedule a meeting of a partnership (coordinators only). The caller looks up the partnership's decision
 * rule and quorum and passes them here: the meeting decides under the rule in force when it was scheduled.
 */
public record ScheduleMeetingCommand(@TargetAggregateIdentifier MeetingId meetingId,
                                     PartnershipId partnershipId,
                                     String title,
                                     Instant scheduledFor,
                                     List<String> agenda,
                                     DecisionRule decisionRule,
                                     int quorum,
                                     Actor actor) {
}
