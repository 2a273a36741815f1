package io.commitments.core.api.decision;

import io.commitments.core.api.meeting.MeetingId;
import io.commitments.core.api.meeting.ProposalId;
import io.commitments.core.api.meeting.RecordedPosition;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.purpose.OutcomeId;

import java.time.Instant;
import java.util.List;

/**
 * A decision as the register shows it: the meeting that took it ({@code meetingTitle} and
 * {@code meetingScheduledFor} are null until the meeting's own record is known), what was decided and the purpose
 * outcome it serves, every organisation's final position with its reason ({@code dissent} when any disagreed or
 * blocked), contest notes, whether it is still in force ({@code rescission} when not, and the decisions it
 * {@code supersedes}), and the follow-through of its actions.
 */
public record DecisionRegisterEntry(DecisionId decisionId,
                                    PartnershipId partnershipId,
                                    MeetingId meetingId,
                                    String meetingTitle,
                                    Instant meetingScheduledFor,
                                    ProposalId proposalId,
                                    String title,
                                    String text,
                                    OutcomeId servesOutcome,
                                    Instant recordedAt,
                                    DecisionStatus status,
                                    List<RecordedPosition> positions,
                                    boolean dissent,
                                    List<DecisionContestNote> contestNotes,
                                    DecisionRescission rescission,
                                    List<DecisionId> supersedes,
                                    DecisionFollowThrough followThrough,
                                    List<DecisionAction> actions) {
}
