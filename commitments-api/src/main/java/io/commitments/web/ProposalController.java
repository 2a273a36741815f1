package io.commitments.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.commitments.core.api.Require;
import io.commitments.core.api.decision.DecisionId;
import io.commitments.core.api.meeting.CloseProposalCommand;
import io.commitments.core.api.meeting.MeetingId;
import io.commitments.core.api.meeting.MeetingView;
import io.commitments.core.api.meeting.Position;
import io.commitments.core.api.meeting.PositionTaken;
import io.commitments.core.api.meeting.ProposalId;
import io.commitments.core.api.meeting.ProposalOutcome;
import io.commitments.core.api.meeting.ProposalView;
import io.commitments.core.api.meeting.RecordPositionCommand;
import io.commitments.core.api.meeting.RecordedPosition;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.purpose.OutcomeId;
import io.commitments.security.CurrentActor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Proposals, addressed by their own id: each present member organisation records its position (always the
 * caller's own organisation's: nobody can speak for another), and a coordinator closes the proposal, which
 * applies the meeting's decision rule. A proposal lives in its meeting, so its version is the meeting's.
 */
@RestController
@RequestMapping("/api/proposals/{proposalId}")
class ProposalController {

    /** Whether a proposal still takes positions. */
    enum ProposalState { OPEN, CLOSED }

    record RecordPositionRequest(@NotNull Position position, @Size(max = Require.MAX_TEXT_LENGTH) String reason) {
    }

    /** A proposal after an action: its new state and version, with what the action recorded or decided. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProposalActionResponse(ProposalId id, MeetingId meetingId, ProposalState state, long version,
                                  OrganisationId organisationId, Position position, String reason,
                                  ProposalOutcome outcome, DecisionId decisionId) {
    }

    /** {@code GET /api/proposals/{id}}: the proposal as its meeting's record shows it. */
    record ProposalResponse(ProposalId id,
                            MeetingId meetingId,
                            PartnershipId partnershipId,
                            ProposalState state,
                            long version,
                            String title,
                            String text,
                            OutcomeId servesOutcome,
                            Instant tabledAt,
                            List<RecordedPosition> positions,
                            List<PositionTaken> history,
                            ProposalOutcome outcome,
                            DecisionId decisionId,
                            Instant closedAt) {
    }

    private final CommandSender commands;
    private final CurrentActor current;
    private final PartnershipAccess access;
    private final GovernanceLookups lookups;
    private final AggregateVersions versions;

    ProposalController(CommandSender commands, CurrentActor current, PartnershipAccess access,
                       GovernanceLookups lookups, AggregateVersions versions) {
        this.commands = commands;
        this.current = current;
        this.access = access;
        this.lookups = lookups;
        this.versions = versions;
    }

    @PostMapping("/positions")
    ProposalActionResponse recordPosition(@PathVariable UUID proposalId,
                                          @Valid @RequestBody RecordPositionRequest request,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        ProposalId id = ProposalId.of(proposalId);
        MeetingId meeting = lookups.meetingOf(id);
        Actor actor = current.actor();
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        commands.send(new RecordPositionCommand(meeting, id, request.position(), reason, actor), ifMatch);
        return new ProposalActionResponse(id, meeting, ProposalState.OPEN, versions.of(meeting), actor.organisation(),
                request.position(), reason, null, null);
    }

    @PostMapping("/close")
    ProposalActionResponse close(@PathVariable UUID proposalId,
                                 @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        ProposalId id = ProposalId.of(proposalId);
        MeetingId meeting = lookups.meetingOf(id);
        DecisionId decision = DecisionId.random();
        ProposalOutcome outcome = commands.send(new CloseProposalCommand(meeting, id, decision, current.actor()),
                ifMatch);
        return new ProposalActionResponse(id, meeting, ProposalState.CLOSED, versions.of(meeting), null, null, null,
                outcome, outcome == ProposalOutcome.ADOPTED ? decision : null);
    }

    @GetMapping
    ResponseEntity<ProposalResponse> get(@PathVariable UUID proposalId) {
        ProposalId id = ProposalId.of(proposalId);
        MeetingId meetingId = lookups.meetingOf(id);
        MeetingView meeting = lookups.meeting(meetingId);
        access.requireReadable(meeting.partnershipId());
        ProposalView proposal = meeting.proposals().stream()
                .filter(candidate -> candidate.proposalId().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("proposal.not-found", "no proposal " + id));
        long version = versions.of(meetingId);
        return ResponseEntity.ok().eTag(ETags.of(version))
                .body(new ProposalResponse(id, meetingId, meeting.partnershipId(),
                        proposal.closedAt() == null ? ProposalState.OPEN : ProposalState.CLOSED, version,
                        proposal.title(), proposal.text(), proposal.servesOutcome(), proposal.tabledAt(),
                        proposal.positions(), proposal.history(), proposal.outcome(), proposal.decisionId(),
                        proposal.closedAt()));
    }
}
