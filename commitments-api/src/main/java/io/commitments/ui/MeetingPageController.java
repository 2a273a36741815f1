package io.commitments.ui;

import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.RequestCommitmentCommand;
import io.commitments.core.api.commitment.Requester;
import io.commitments.core.api.decision.DecisionId;
import io.commitments.core.api.decision.DecisionRegisterEntry;
import io.commitments.core.api.decision.FindDecisionQuery;
import io.commitments.core.api.decision.RecordDecisionActionCommand;
import io.commitments.core.api.meeting.Attendance;
import io.commitments.core.api.meeting.AttendanceStatus;
import io.commitments.core.api.meeting.CloseMeetingCommand;
import io.commitments.core.api.meeting.CloseProposalCommand;
import io.commitments.core.api.meeting.FindMeetingQuery;
import io.commitments.core.api.meeting.MeetingId;
import io.commitments.core.api.meeting.MeetingState;
import io.commitments.core.api.meeting.MeetingView;
import io.commitments.core.api.meeting.OpenMeetingCommand;
import io.commitments.core.api.meeting.Position;
import io.commitments.core.api.meeting.ProposalId;
import io.commitments.core.api.meeting.ProposalOutcome;
import io.commitments.core.api.meeting.ProposalView;
import io.commitments.core.api.meeting.RecordPositionCommand;
import io.commitments.core.api.meeting.TableProposalCommand;
import io.commitments.core.api.partnership.Membership;
import io.commitments.core.api.partnership.PartnershipOverview;
import io.commitments.core.api.party.OrganisationId;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The page a board uses live in its meeting: the chair (a coordinator) records attendance and so quorum,
 * tables proposals, closes each under the decision rule, adds actions to adopted decisions and closes the
 * meeting with minutes; each present member records its own organisation's position from its own device.
 * The positions of open proposals refresh by themselves (htmx) as members record them.
 */
@Controller
class MeetingPageController {

    private final QueryGateway queries;
    private final Participation participation;
    private final Directory directory;
    private final PageCommands pages;

    MeetingPageController(QueryGateway queries, Participation participation, Directory directory, PageCommands pages) {
        this.queries = queries;
        this.participation = participation;
        this.directory = directory;
        this.pages = pages;
    }

    @GetMapping("/meetings/{meetingId}")
    String show(@PathVariable UUID meetingId, Model model) {
        return render(find(MeetingId.of(meetingId)), model);
    }

    /** The positions on one proposal, for the page to refresh while members record theirs. */
    @GetMapping("/meetings/{meetingId}/proposals/{proposalId}/positions")
    String positions(@PathVariable UUID meetingId, @PathVariable UUID proposalId, Model model) {
        MeetingView meeting = find(MeetingId.of(meetingId));
        PartnershipOverview overview = participation.overview(meeting.partnershipId());
        ProposalView proposal = meeting.proposals().stream()
                .filter(candidate -> candidate.proposalId().value().equals(proposalId)).findFirst()
                .orElseThrow(() -> new Participation.PageNotFoundException("There is no such proposal."));
        Directory.Names names = directory.names();
        model.addAttribute("meeting", meeting);
        model.addAttribute("p", proposal);
        model.addAttribute("rows", positionRows(proposal, present(meeting), names));
        model.addAttribute("overview", overview);
        return "meeting :: positions";
    }

    @PostMapping("/meetings/{meetingId}/open")
    String open(@PathVariable UUID meetingId, @RequestParam Map<String, String> form, Model model,
                HttpServletResponse response) {
        MeetingView meeting = find(MeetingId.of(meetingId));
        PartnershipOverview overview = participation.overview(meeting.partnershipId());
        Viewer viewer = participation.viewer(overview);
        return after(meeting, "attendance", Set.of(), form, model, response, () -> {
            List<Attendance> attendance = new ArrayList<>();
            Directory.Names names = directory.names();
            for (OrganisationId member : currentMembers(overview)) {
                attendance.add(new Attendance(member, Forms.choice(form, "attendance-" + member, AttendanceStatus.class,
                        "present, apologies or absent for " + names.organisation(member))));
            }
            return List.of(new OpenMeetingCommand(meeting.meetingId(), attendance, viewer.actor()));
        }, null);
    }

    @PostMapping("/meetings/{meetingId}/proposals")
    String table(@PathVariable UUID meetingId, @RequestParam Map<String, String> form, Model model,
                 HttpServletResponse response) {
        MeetingView meeting = find(MeetingId.of(meetingId));
        Viewer viewer = participation.viewer(participation.overview(meeting.partnershipId()));
        return after(meeting, "table", Set.of("title", "text"), form, model, response,
                () -> List.of(new TableProposalCommand(meeting.meetingId(), ProposalId.random(),
                        Forms.text(form, "title"), Forms.text(form, "text"), null, viewer.actor())), null);
    }

    @PostMapping("/meetings/{meetingId}/proposals/{proposalId}/positions")
    String position(@PathVariable UUID meetingId, @PathVariable UUID proposalId, @RequestParam Map<String, String> form,
                    Model model, HttpServletResponse response) {
        MeetingView meeting = find(MeetingId.of(meetingId));
        Viewer viewer = participation.viewer(participation.overview(meeting.partnershipId()));
        return after(meeting, "position-" + proposalId, Set.of("position", "reason"), form, model, response,
                () -> List.of(new RecordPositionCommand(meeting.meetingId(), ProposalId.of(proposalId),
                        Forms.choice(form, "position", Position.class, "a position"), Forms.text(form, "reason"),
                        viewer.actor())), null);
    }

    @PostMapping("/meetings/{meetingId}/proposals/{proposalId}/close")
    String closeProposal(@PathVariable UUID meetingId, @PathVariable UUID proposalId, @RequestParam Map<String, String> form,
                         Model model, HttpServletResponse response, RedirectAttributes redirect) {
        MeetingView meeting = find(MeetingId.of(meetingId));
        Viewer viewer = participation.viewer(participation.overview(meeting.partnershipId()));
        return after(meeting, "close-" + proposalId, Set.of(), form, model, response,
                () -> List.of(new CloseProposalCommand(meeting.meetingId(), ProposalId.of(proposalId),
                        DecisionId.random(), viewer.actor())),
                results -> redirect.addFlashAttribute("notice", results.get(0) == ProposalOutcome.ADOPTED
                        ? "The proposal was adopted: the decision is recorded. Add its actions below."
                        : "The proposal was not adopted under the decision rule."));
    }

    @PostMapping("/meetings/{meetingId}/decisions/{decisionId}/actions")
    String addAction(@PathVariable UUID meetingId, @PathVariable UUID decisionId, @RequestParam Map<String, String> form,
                     Model model, HttpServletResponse response) {
        MeetingView meeting = find(MeetingId.of(meetingId));
        Viewer viewer = participation.viewer(participation.overview(meeting.partnershipId()));
        DecisionId decision = DecisionId.of(decisionId);
        CommitmentId commitment = CommitmentId.random();
        return after(meeting, "action-" + decisionId, Set.of("performer", "description", "dueDate",
                        "conditionsOfSatisfaction"), form, model, response, () -> {
                    OrganisationId performer = OrganisationId.of(Forms.id(form, "performer", "the member who does it"));
                    String description = Forms.text(form, "description");
                    var due = Forms.date(form, "dueDate");
                    String conditions = Forms.text(form, "conditionsOfSatisfaction");
                    return List.of(
                            new RecordDecisionActionCommand(decision, commitment, performer, description, due, conditions,
                                    viewer.actor()),
                            new RequestCommitmentCommand(commitment, meeting.partnershipId(), Requester.byDecision(decision),
                                    performer, description, due, conditions, null, viewer.actor()));
                }, null);
    }

    @PostMapping("/meetings/{meetingId}/close")
    String close(@PathVariable UUID meetingId, @RequestParam Map<String, String> form, Model model,
                 HttpServletResponse response) {
        MeetingView meeting = find(MeetingId.of(meetingId));
        Viewer viewer = participation.viewer(participation.overview(meeting.partnershipId()));
        return after(meeting, "close-meeting", Set.of("minutes"), form, model, response,
                () -> List.of(new CloseMeetingCommand(meeting.meetingId(), Forms.text(form, "minutes"), viewer.actor())),
                null);
    }

    private String after(MeetingView meeting, String formName, Set<String> fields, Map<String, String> form, Model model,
                         HttpServletResponse response, java.util.function.Supplier<List<?>> build,
                         java.util.function.Consumer<List<Object>> onSuccess) {
        PageCommands.Outcome outcome = pages.submit(formName, fields, form, build);
        if (outcome.accepted()) {
            if (onSuccess != null) {
                onSuccess.accept(outcome.results());
            }
            return "redirect:/meetings/" + meeting.meetingId();
        }
        response.setStatus(outcome.problem().status());
        model.addAttribute("problem", outcome.problem());
        return render(find(meeting.meetingId()), model);
    }

    private MeetingView find(MeetingId id) {
        return queries.query(new FindMeetingQuery(id), ResponseTypes.optionalInstanceOf(MeetingView.class)).join()
                .orElseThrow(() -> new Participation.PageNotFoundException("There is no such meeting."));
    }

    private String render(MeetingView meeting, Model model) {
        PartnershipOverview overview = participation.overview(meeting.partnershipId());
        Viewer viewer = participation.viewer(overview);
        Map<String, DecisionRegisterEntry> decisions = new HashMap<>();
        meeting.proposals().stream().map(ProposalView::decisionId).filter(java.util.Objects::nonNull)
                .forEach(id -> queries.query(new FindDecisionQuery(id),
                                ResponseTypes.optionalInstanceOf(DecisionRegisterEntry.class)).join()
                        .ifPresent(entry -> decisions.put(id.toString(), entry)));
        Set<OrganisationId> present = present(meeting);
        boolean open = meeting.state() == MeetingState.OPEN;
        model.addAttribute("meeting", meeting);
        model.addAttribute("partnership", overview.partnership());
        model.addAttribute("overview", overview);
        model.addAttribute("viewer", viewer);
        Directory.Names names = directory.names();
        model.addAttribute("names", names);
        model.addAttribute("positionRows", positionRows(meeting, names));
        model.addAttribute("members", currentMembers(overview));
        model.addAttribute("present", present);
        model.addAttribute("decisions", decisions);
        model.addAttribute("attendanceStatuses", AttendanceStatus.values());
        model.addAttribute("positions", Position.values());
        model.addAttribute("mayTakePosition", open && viewer.mayAct() && viewer.organisation() != null
                && present.contains(viewer.organisation()));
        model.addAttribute("openProposals", meeting.proposals().stream().filter(p -> p.closedAt() == null).count());
        model.addAttribute("section", "overview");
        return "meeting";
    }

    private static Set<OrganisationId> present(MeetingView meeting) {
        Set<OrganisationId> present = new java.util.LinkedHashSet<>();
        meeting.attendance().stream().filter(a -> a.status() == AttendanceStatus.PRESENT)
                .forEach(a -> present.add(a.organisationId()));
        return present;
    }

    private static List<OrganisationId> currentMembers(PartnershipOverview overview) {
        return overview.members().stream().filter(Membership::current).map(Membership::organisationId).distinct().toList();
    }

    /** One line of a proposal's positions: a present organisation, its current position (null: none yet). */
    record PositionRow(String organisation, Position position, String reason, int changes) {
    }

    /** The positions of every proposal of the meeting, by proposal id, each present organisation once. */
    private static Map<String, List<PositionRow>> positionRows(MeetingView meeting, Directory.Names names) {
        Map<String, List<PositionRow>> rows = new HashMap<>();
        meeting.proposals().forEach(proposal -> rows.put(proposal.proposalId().toString(),
                positionRows(proposal, present(meeting), names)));
        return rows;
    }

    private static List<PositionRow> positionRows(ProposalView proposal, Set<OrganisationId> present,
                                                  Directory.Names names) {
        Set<OrganisationId> organisations = new java.util.LinkedHashSet<>();
        proposal.positions().forEach(position -> organisations.add(position.organisationId()));
        organisations.addAll(present);
        List<PositionRow> rows = new ArrayList<>();
        for (OrganisationId organisation : organisations) {
            var current = proposal.positions().stream().filter(p -> p.organisationId().equals(organisation)).findFirst();
            long taken = proposal.history().stream().filter(h -> h.organisationId().equals(organisation)).count();
            rows.add(new PositionRow(names.organisation(organisation), current.map(p -> p.position()).orElse(null),
                    current.map(p -> p.reason()).orElse(null), (int) Math.max(0, taken - 1)));
        }
        return rows;
    }
}
