package io.commitments.core.meeting;

import io.commitments.core.api.NotPermittedException;
import io.commitments.core.api.RuleViolationException;
import io.commitments.core.api.meeting.AttendanceStatus;
import io.commitments.core.api.meeting.MeetingId;
import io.commitments.core.api.meeting.ProposalId;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;

import java.util.List;

/** The rules a meeting's state or its actor can break, with their stable codes and messages. */
final class MeetingViolations {

    private MeetingViolations() {
    }

    static NotPermittedException coordinatorOnly(PartnershipId partnership, Actor actor, String action) {
        return new NotPermittedException("meeting.coordinator-only",
                "only a coordinator of partnership " + partnership + " may " + action + "; person "
                        + actor.person() + " is not one");
    }

    static RuleViolationException notScheduled(MeetingId meeting, Meeting.State state) {
        return new RuleViolationException("meeting.not-scheduled",
                "meeting " + meeting + " cannot be opened: it is " + state);
    }

    static RuleViolationException notOpen(MeetingId meeting, String action, Meeting.State state) {
        return new RuleViolationException("meeting.not-open",
                "meeting " + meeting + " cannot " + action + ": it is " + state);
    }

    static RuleViolationException attendeeNotAMember(MeetingId meeting, PartnershipId partnership,
                                                     OrganisationId organisation) {
        return new RuleViolationException("meeting.attendee-not-a-member",
                "meeting " + meeting + " cannot record the attendance of organisation " + organisation
                        + ": it is not a member of partnership " + partnership);
    }

    static RuleViolationException proposalsStillOpen(MeetingId meeting, List<ProposalId> open) {
        return new RuleViolationException("meeting.proposals-still-open",
                "meeting " + meeting + " cannot close: proposals " + open + " are still OPEN; close each first");
    }

    static RuleViolationException proposalNotFound(MeetingId meeting, ProposalId proposal) {
        return new RuleViolationException("proposal.not-found",
                "meeting " + meeting + " has no proposal " + proposal);
    }

    static RuleViolationException proposalNotOpen(ProposalId proposal, String action) {
        return new RuleViolationException("proposal.not-open",
                "proposal " + proposal + " cannot " + action + ": it is CLOSED");
    }

    static NotPermittedException notAnAttendee(MeetingId meeting, Actor actor) {
        return new NotPermittedException("proposal.not-an-attendee",
                "person " + actor.person() + " cannot take a position at meeting " + meeting
                        + ": they act for no organisation in its attendance");
    }

    static RuleViolationException notPresent(ProposalId proposal, OrganisationId organisation,
                                             AttendanceStatus status) {
        return new RuleViolationException("proposal.organisation-not-present",
                "organisation " + organisation + " cannot take a position on proposal " + proposal
                        + ": it is " + status + ", only organisations PRESENT take positions");
    }
}
