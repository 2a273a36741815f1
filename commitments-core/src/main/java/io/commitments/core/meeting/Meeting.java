package io.commitments.core.meeting;

import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.Require;
import io.commitments.core.api.decision.DecisionId;
import io.commitments.core.api.decision.DecisionRecordedEvent;
import io.commitments.core.api.meeting.Attendance;
import io.commitments.core.api.meeting.AttendanceStatus;
import io.commitments.core.api.meeting.CloseMeetingCommand;
import io.commitments.core.api.meeting.CloseProposalCommand;
import io.commitments.core.api.meeting.MeetingClosedEvent;
import io.commitments.core.api.meeting.MeetingId;
import io.commitments.core.api.meeting.MeetingOpenedEvent;
import io.commitments.core.api.meeting.MeetingScheduledEvent;
import io.commitments.core.api.meeting.OpenMeetingCommand;
import io.commitments.core.api.meeting.Position;
import io.commitments.core.api.meeting.PositionRecordedEvent;
import io.commitments.core.api.meeting.ProposalClosedEvent;
import io.commitments.core.api.meeting.ProposalId;
import io.commitments.core.api.meeting.ProposalOutcome;
import io.commitments.core.api.meeting.ProposalTabledEvent;
import io.commitments.core.api.meeting.RecordPositionCommand;
import io.commitments.core.api.meeting.RecordedPosition;
import io.commitments.core.api.meeting.ScheduleMeetingCommand;
import io.commitments.core.api.meeting.TableProposalCommand;
import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.decision.Decision;
import io.commitments.core.membership.MembershipRegistry;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/**
 * A meeting of a partnership, where decisions are taken jointly: scheduled, opened with attendance, proposals
 * tabled and positions recorded, each proposal closed under the decision rule, then closed with minutes.
 * <p>
 * The decision rule and quorum come with {@link ScheduleMeetingCommand}: the caller reads them from the
 * partnership, and the meeting decides under the rule in force when it was scheduled. Attendance is checked
 * against the current membership through the {@link MembershipRegistry} when the meeting opens; quorum is the
 * number of organisations PRESENT against that quorum, fixed at opening. Coordinators of the partnership
 * (asked of the registry) schedule, open, table, close proposals and close the meeting; a present member
 * organisation records its own position.
 * <p>
 * Closing an adopted proposal also records the {@link Decision}, through {@code AggregateLifecycle.createNew},
 * in the same unit of work (see {@link Decision}). A meeting closes only when none of its proposals is open:
 * each outcome is an explicit act of the chair, never a side effect of closing the meeting.
 */
@Aggregate
public class Meeting {

    /** Where a meeting is in its life. */
    enum State { SCHEDULED, OPEN, CLOSED }

    @AggregateIdentifier
    private MeetingId meetingId;
    private PartnershipId partnershipId;
    private DecisionRule decisionRule;
    private int quorum;
    private State state;
    private final Map<OrganisationId, AttendanceStatus> attendance = new HashMap<>();
    private boolean quorumMet;
    private final Map<ProposalId, Proposal> proposals = new LinkedHashMap<>();

    protected Meeting() {
    }

    @CommandHandler
    public Meeting(ScheduleMeetingCommand command, MembershipRegistry registry) {
        Require.present("meetingId", command.meetingId());
        PartnershipId partnership = Require.present("partnershipId", command.partnershipId());
        String title = Require.name("title", command.title());
        Require.present("scheduledFor", command.scheduledFor());
        List<String> agenda = agenda(command.agenda());
        Require.present("decisionRule", command.decisionRule());
        if (command.quorum() < 1) {
            throw new InvalidCommandException("quorum", "quorum must be at least 1 member present");
        }
        Actor actor = Require.present("actor", command.actor());
        requireCoordinator(registry, partnership, actor, "schedule a meeting");
        apply(new MeetingScheduledEvent(command.meetingId(), partnership, title, command.scheduledFor(), agenda,
                command.decisionRule(), command.quorum(), actor));
    }

    @CommandHandler
    void handle(OpenMeetingCommand command, MembershipRegistry registry) {
        List<Attendance> attendees = attendance(command.attendance());
        Actor actor = Require.present("actor", command.actor());
        requireCoordinator(registry, partnershipId, actor, "open meeting " + meetingId);
        if (state != State.SCHEDULED) {
            throw MeetingViolations.notScheduled(meetingId, state);
        }
        for (Attendance attendee : attendees) {
            if (!registry.isMember(partnershipId, attendee.organisationId())) {
                throw MeetingViolations.attendeeNotAMember(meetingId, partnershipId, attendee.organisationId());
            }
        }
        int present = (int) attendees.stream().filter(a -> a.status() == AttendanceStatus.PRESENT).count();
        apply(new MeetingOpenedEvent(meetingId, partnershipId, attendees, present, quorum, present >= quorum,
                actor));
    }

    @CommandHandler
    void handle(TableProposalCommand command, MembershipRegistry registry) {
        ProposalId proposalId = Require.present("proposalId", command.proposalId());
        String title = Require.name("title", command.title());
        String text = Require.text("text", command.text());
        Actor actor = Require.present("actor", command.actor());
        requireCoordinator(registry, partnershipId, actor, "table a proposal");
        if (proposals.containsKey(proposalId)) {
            return;
        }
        if (state != State.OPEN) {
            throw MeetingViolations.notOpen(meetingId, "table a proposal", state);
        }
        apply(new ProposalTabledEvent(meetingId, partnershipId, proposalId, title, text, command.outcome(), actor));
    }

    @CommandHandler
    void handle(RecordPositionCommand command) {
        ProposalId proposalId = Require.present("proposalId", command.proposalId());
        Position position = Require.present("position", command.position());
        String reason = position.needsReason()
                ? Require.text("reason", command.reason())
                : optionalText("reason", command.reason());
        Actor actor = Require.present("actor", command.actor());
        Proposal proposal = proposal(proposalId);
        OrganisationId organisation = actor.organisation();
        if (organisation == null || !attendance.containsKey(organisation)) {
            throw MeetingViolations.notAnAttendee(meetingId, actor);
        }
        if (attendance.get(organisation) != AttendanceStatus.PRESENT) {
            throw MeetingViolations.notPresent(proposalId, organisation, attendance.get(organisation));
        }
        if (!proposal.isOpen()) {
            throw MeetingViolations.proposalNotOpen(proposalId, "take a position");
        }
        if (proposal.alreadyHolds(organisation, position, reason)) {
            return;
        }
        apply(new PositionRecordedEvent(meetingId, partnershipId, proposalId, organisation, position, reason,
                actor));
    }

    @CommandHandler
    ProposalOutcome handle(CloseProposalCommand command, MembershipRegistry registry) throws Exception {
        ProposalId proposalId = Require.present("proposalId", command.proposalId());
        DecisionId decisionId = Require.present("decisionId", command.decisionId());
        Actor actor = Require.present("actor", command.actor());
        requireCoordinator(registry, partnershipId, actor, "close a proposal");
        Proposal proposal = proposal(proposalId);
        if (!proposal.isOpen()) {
            throw MeetingViolations.proposalNotOpen(proposalId, "be closed");
        }
        List<RecordedPosition> positions = proposal.finalPositions();
        ProposalOutcome outcome = DecisionRules.outcome(decisionRule, quorumMet, present(), positions);
        boolean adopted = outcome == ProposalOutcome.ADOPTED;
        apply(new ProposalClosedEvent(meetingId, partnershipId, proposalId, decisionRule, quorumMet, outcome,
                adopted ? decisionId : null, positions, actor));
        if (adopted) {
            DecisionRecordedEvent decision = new DecisionRecordedEvent(decisionId, partnershipId, meetingId,
                    proposalId, proposal.title(), proposal.text(), proposal.outcome(), positions, actor);
            createNew(Decision.class, () -> Decision.record(decision));
        }
        return outcome;
    }

    @CommandHandler
    void handle(CloseMeetingCommand command, MembershipRegistry registry) {
        String minutes = Require.text("minutes", command.minutes());
        Actor actor = Require.present("actor", command.actor());
        requireCoordinator(registry, partnershipId, actor, "close meeting " + meetingId);
        if (state != State.OPEN) {
            throw MeetingViolations.notOpen(meetingId, "close", state);
        }
        List<ProposalId> open = proposals.values().stream()
                .filter(Proposal::isOpen)
                .map(Proposal::proposalId)
                .toList();
        if (!open.isEmpty()) {
            throw MeetingViolations.proposalsStillOpen(meetingId, open);
        }
        apply(new MeetingClosedEvent(meetingId, partnershipId, minutes, actor));
    }

    @EventSourcingHandler
    void on(MeetingScheduledEvent event) {
        this.meetingId = event.meetingId();
        this.partnershipId = event.partnershipId();
        this.decisionRule = event.decisionRule();
        this.quorum = event.quorum();
        this.state = State.SCHEDULED;
    }

    @EventSourcingHandler
    void on(MeetingOpenedEvent event) {
        event.attendance().forEach(a -> attendance.put(a.organisationId(), a.status()));
        this.quorumMet = event.quorumMet();
        this.state = State.OPEN;
    }

    @EventSourcingHandler
    void on(ProposalTabledEvent event) {
        proposals.put(event.proposalId(),
                new Proposal(event.proposalId(), event.title(), event.text(), event.outcome()));
    }

    @EventSourcingHandler
    void on(PositionRecordedEvent event) {
        proposals.get(event.proposalId())
                .record(new RecordedPosition(event.organisationId(), event.position(), event.reason()));
    }

    @EventSourcingHandler
    void on(ProposalClosedEvent event) {
        proposals.get(event.proposalId()).close();
    }

    @EventSourcingHandler
    void on(MeetingClosedEvent event) {
        this.state = State.CLOSED;
    }

    private Proposal proposal(ProposalId proposalId) {
        Proposal proposal = proposals.get(proposalId);
        if (proposal == null) {
            throw MeetingViolations.proposalNotFound(meetingId, proposalId);
        }
        return proposal;
    }

    private Set<OrganisationId> present() {
        return attendance.entrySet().stream()
                .filter(entry -> entry.getValue() == AttendanceStatus.PRESENT)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static void requireCoordinator(MembershipRegistry registry, PartnershipId partnership, Actor actor,
                                           String action) {
        if (!registry.isCoordinator(partnership, actor.person())) {
            throw MeetingViolations.coordinatorOnly(partnership, actor, action);
        }
    }

    private static List<String> agenda(List<String> items) {
        if (items == null) {
            return List.of();
        }
        List<String> agenda = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            agenda.add(Require.text("agenda[" + i + "]", items.get(i)));
        }
        return List.copyOf(agenda);
    }

    private static List<Attendance> attendance(List<Attendance> attendance) {
        if (attendance == null || attendance.isEmpty()) {
            throw new InvalidCommandException("attendance", "attendance must list the member organisations");
        }
        Set<OrganisationId> seen = new HashSet<>();
        for (int i = 0; i < attendance.size(); i++) {
            Attendance entry = Require.present("attendance[" + i + "]", attendance.get(i));
            Require.present("attendance[" + i + "].organisationId", entry.organisationId());
            Require.present("attendance[" + i + "].status", entry.status());
            if (!seen.add(entry.organisationId())) {
                throw new InvalidCommandException("attendance[" + i + "].organisationId",
                        "organisation " + entry.organisationId() + " is listed twice");
            }
        }
        return List.copyOf(attendance);
    }

    private static String optionalText(String field, String value) {
        return value == null || value.isBlank() ? null : Require.text(field, value);
    }
}
