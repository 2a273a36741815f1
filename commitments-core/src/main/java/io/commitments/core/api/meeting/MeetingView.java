package io.commitments.core.api.meeting;

import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.api.partnership.PartnershipId;

import java.time.Instant;
import java.util.List;

/**
 * A meeting as {@code GET /api/meetings/{mid}} shows it: schedule and agenda, attendance (in the order it was
 * given) and quorum once opened, the proposals in the order they were tabled with their positions, outcomes and
 * decisions, and the minutes once closed.
 */
public record MeetingView(MeetingId meetingId,
                          PartnershipId partnershipId,
                          String title,
                          Instant scheduledFor,
                          List<String> agenda,
                          DecisionRule decisionRule,
                          MeetingState state,
                          List<Attendance> attendance,
                          MeetingQuorum quorum,
                          List<ProposalView> proposals,
                          Instant openedAt,
                          String minutes,
                          Instant closedAt) {
}
