package io.commitments.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.commitments.core.api.Require;
import io.commitments.core.api.decision.DecisionRegisterEntry;
import io.commitments.core.api.decision.FindDecisionRegisterQuery;
import io.commitments.core.api.meeting.Attendance;
import io.commitments.core.api.meeting.AttendanceStatus;
import io.commitments.core.api.meeting.CloseMeetingCommand;
import io.commitments.core.api.meeting.FindPartnershipMeetingsQuery;
import io.commitments.core.api.meeting.MeetingId;
import io.commitments.core.api.meeting.MeetingQuorum;
import io.commitments.core.api.meeting.MeetingState;
import io.commitments.core.api.meeting.MeetingSummary;
import io.commitments.core.api.meeting.MeetingView;
import io.commitments.core.api.meeting.OpenMeetingCommand;
import io.commitments.core.api.meeting.ProposalId;
import io.commitments.core.api.meeting.ProposalView;
import io.commitments.core.api.meeting.ScheduleMeetingCommand;
import io.commitments.core.api.meeting.TableProposalCommand;
import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.api.partnership.Membership;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.PartnershipSummary;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.purpose.OutcomeId;
import io.commitments.security.CurrentActor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Meetings of a partnership, chaired by its coordinators: scheduled under the partnership's decision rule
 * and quorum as they stand, opened with attendance, proposals tabled, closed with minutes. The aggregates
 * decide who may and when; this controller only turns requests into commands.
 * <p>
 * Attendance: the meeting records every current member organisation. Members a request to open leaves out
 * are recorded as {@code ABSENT}, after those listed, so a chair lists who came and who sent apologies.
 */
@RestController
class MeetingController {

    record ScheduleMeetingRequest(@NotBlank @Size(max = Require.MAX_NAME_LENGTH) String title,
                                  @NotNull Instant scheduledFor,
                                  @Size(max = 100) List<@NotBlank @Size(max = Require.MAX_TEXT_LENGTH) String> agenda) {
    }

    record AttendanceRequest(@NotNull UUID organisationId, @NotNull AttendanceStatus status) {
    }

    record OpenMeetingRequest(@NotNull @Size(max = 1000) List<@NotNull @Valid AttendanceRequest> attendance) {
    }

    record TableProposalRequest(@NotBlank @Size(max = Require.MAX_NAME_LENGTH) String title,
                                @NotBlank @Size(max = Require.MAX_TEXT_LENGTH) String text,
                                UUID outcome) {
    }

    record CloseMeetingRequest(@NotBlank @Size(max = Require.MAX_TEXT_LENGTH) String minutes) {
    }

    /** A meeting after an action: its new state and version, with what the action recorded. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MeetingActionResponse(MeetingId id, MeetingState state, long version, List<Attendance> attendance,
                                 String minutes) {
    }

    /**
     * {@code GET /api/meetings/{mid}}: schedule and agenda, attendance and quorum, proposals with every
     * position, and the register entries of the decisions the meeting took (with their actions).
     */
    record MeetingResponse(MeetingId id,
                           PartnershipId partnershipId,
                           String title,
                           Instant scheduledFor,
                           List<String> agenda,
                           DecisionRule decisionRule,
                           MeetingState state,
                           long version,
                           List<Attendance> attendance,
                           MeetingQuorum quorum,
                           List<ProposalView> proposals,
                           List<DecisionRegisterEntry> decisions,
                           Instant openedAt,
                           String minutes,
                           Instant closedAt) {
    }

    private final CommandSender commands;
    private final QueryGateway queries;
    private final CurrentActor current;
    private final PartnershipAccess access;
    private final GovernanceLookups lookups;
    private final AggregateVersions versions;

    MeetingController(CommandSender commands, QueryGateway queries, CurrentActor current, PartnershipAccess access,
                      GovernanceLookups lookups, AggregateVersions versions) {
        this.commands = commands;
        this.queries = queries;
        this.current = current;
        this.access = access;
        this.lookups = lookups;
        this.versions = versions;
    }

    @PostMapping("/api/partnerships/{partnershipId}/meetings")
    ResponseEntity<CreatedResponse> schedule(@PathVariable UUID partnershipId,
                                             @Valid @RequestBody ScheduleMeetingRequest request) {
        PartnershipSummary partnership = lookups.partnership(PartnershipId.of(partnershipId));
        MeetingId id = MeetingId.random();
        commands.send(new ScheduleMeetingCommand(id, partnership.id(), request.title(), request.scheduledFor(),
                request.agenda(), partnership.decisionRule(), partnership.quorum(), current.actor()));
        return ResponseEntity
                .created(ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/meetings/{id}")
                        .build(id.toString()))
                .body(new CreatedResponse(id.toString()));
    }

    @PostMapping("/api/meetings/{meetingId}/open")
    MeetingActionResponse open(@PathVariable UUID meetingId, @Valid @RequestBody OpenMeetingRequest request,
                               @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        MeetingId id = MeetingId.of(meetingId);
        MeetingView meeting = lookups.meeting(id);
        List<Attendance> attendance = withAbsentMembers(request.attendance(), meeting.partnershipId());
        commands.send(new OpenMeetingCommand(id, attendance, current.actor()), ifMatch);
        return new MeetingActionResponse(id, MeetingState.OPEN, versions.of(id), attendance, null);
    }

    @PostMapping("/api/meetings/{meetingId}/proposals")
    ResponseEntity<CreatedResponse> table(@PathVariable UUID meetingId, @Valid @RequestBody TableProposalRequest request,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        MeetingId meeting = MeetingId.of(meetingId);
        lookups.meeting(meeting);
        ProposalId id = ProposalId.random();
        commands.send(new TableProposalCommand(meeting, id, request.title(), request.text(),
                request.outcome() == null ? null : OutcomeId.of(request.outcome()), current.actor()), ifMatch);
        return ResponseEntity
                .created(ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/proposals/{id}")
                        .build(id.toString()))
                .body(new CreatedResponse(id.toString()));
    }

    @PostMapping("/api/meetings/{meetingId}/close")
    MeetingActionResponse close(@PathVariable UUID meetingId, @Valid @RequestBody CloseMeetingRequest request,
                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        MeetingId id = MeetingId.of(meetingId);
        lookups.meeting(id);
        commands.send(new CloseMeetingCommand(id, request.minutes(), current.actor()), ifMatch);
        return new MeetingActionResponse(id, MeetingState.CLOSED, versions.of(id), null, request.minutes().strip());
    }

    /** A partnership's meetings, the latest scheduled first: title, time, state and quorum of each. */
    @GetMapping("/api/partnerships/{partnershipId}/meetings")
    List<MeetingSummary> list(@PathVariable UUID partnershipId) {
        return queries.query(new FindPartnershipMeetingsQuery(access.require(partnershipId)),
                ResponseTypes.multipleInstancesOf(MeetingSummary.class)).join();
    }

    @GetMapping("/api/meetings/{meetingId}")
    ResponseEntity<MeetingResponse> get(@PathVariable UUID meetingId) {
        MeetingId id = MeetingId.of(meetingId);
        MeetingView meeting = lookups.meeting(id);
        access.requireReadable(meeting.partnershipId());
        List<DecisionRegisterEntry> decisions = queries.query(new FindDecisionRegisterQuery(meeting.partnershipId()),
                        ResponseTypes.multipleInstancesOf(DecisionRegisterEntry.class)).join().stream()
                .filter(decision -> id.equals(decision.meetingId()))
                .toList();
        long version = versions.of(id);
        return ResponseEntity.ok().eTag(ETags.of(version))
                .body(new MeetingResponse(id, meeting.partnershipId(), meeting.title(), meeting.scheduledFor(),
                        meeting.agenda(), meeting.decisionRule(), meeting.state(), version, meeting.attendance(),
                        meeting.quorum(), meeting.proposals(), decisions, meeting.openedAt(), meeting.minutes(),
                        meeting.closedAt()));
    }

    /** The attendance as listed, then every current member it leaves out as ABSENT. */
    private List<Attendance> withAbsentMembers(List<AttendanceRequest> listed, PartnershipId partnership) {
        List<Attendance> attendance = new ArrayList<>();
        Set<OrganisationId> named = new HashSet<>();
        for (AttendanceRequest entry : listed) {
            OrganisationId organisation = OrganisationId.of(entry.organisationId());
            named.add(organisation);
            attendance.add(new Attendance(organisation, entry.status()));
        }
        lookups.overview(partnership).members().stream()
                .filter(Membership::current)
                .map(Membership::organisationId)
                .filter(named::add)
                .forEach(absent -> attendance.add(new Attendance(absent, AttendanceStatus.ABSENT)));
        return attendance;
    }
}
