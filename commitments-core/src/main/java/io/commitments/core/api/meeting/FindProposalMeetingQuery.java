package io.commitments.core.api.meeting;

/**
 * The meeting a proposal was tabled in, so that a proposal's id alone can address it. Answered with an
 * optional {@link MeetingId} (empty for a proposal never tabled).
 */
public record FindProposalMeetingQuery(ProposalId proposalId) {
}
