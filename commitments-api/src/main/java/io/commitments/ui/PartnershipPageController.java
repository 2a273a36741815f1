package io.commitments.ui;

import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.CommitmentSummary;
import io.commitments.core.api.commitment.FindPartnershipCommitmentsQuery;
import io.commitments.core.api.commitment.RequestCommitmentCommand;
import io.commitments.core.api.commitment.Requester;
import io.commitments.core.api.meeting.FindPartnershipMeetingsQuery;
import io.commitments.core.api.meeting.MeetingId;
import io.commitments.core.api.meeting.MeetingSummary;
import io.commitments.core.api.meeting.ScheduleMeetingCommand;
import io.commitments.core.api.partnership.Membership;
import io.commitments.core.api.partnership.PartnershipId;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A partnership's page: its members, its meetings (a coordinator schedules the next one here), and its
 * commitments (a member asks another member for one here).
 */
@Controller
class PartnershipPageController {

    private final QueryGateway queries;
    private final Participation participation;
    private final Directory directory;
    private final PageCommands pages;
    private final Clock clock;
    private final Dates dates;

    PartnershipPageController(QueryGateway queries, Participation participation, Directory directory,
                              PageCommands pages, Clock clock, Dates dates) {
        this.queries = queries;
        this.participation = participation;
        this.directory = directory;
        this.pages = pages;
        this.clock = clock;
        this.dates = dates;
    }

    @GetMapping("/partnerships/{partnershipId}")
    String show(@PathVariable UUID partnershipId, @RequestParam(required = false) String show, Model model) {
        return render(PartnershipId.of(partnershipId), "all".equals(show), model);
    }

    @PostMapping("/partnerships/{partnershipId}/commitments")
    String request(@PathVariable UUID partnershipId, @RequestParam Map<String, String> form, Model model,
                   HttpServletResponse response) {
        PartnershipId partnership = PartnershipId.of(partnershipId);
        Viewer viewer = participation.viewer(participation.overview(partnership));
        CommitmentId id = CommitmentId.random();
        PageCommands.Outcome outcome = pages.submit("request",
                Set.of("performer", "description", "dueDate", "conditionsOfSatisfaction"), form, () -> {
                    Requester requester = viewer.organisation() != null ? Requester.byMember(viewer.organisation())
                            : Requester.byPartnership();
                    return List.of(new RequestCommitmentCommand(id, partnership, requester,
                            OrganisationId.of(Forms.id(form, "performer", "the organisation to ask")),
                            Forms.text(form, "description"), Forms.date(form, "dueDate"),
                            Forms.text(form, "conditionsOfSatisfaction"), null, viewer.actor()));
                });
        if (outcome.accepted()) {
            return "redirect:/commitments/" + id;
        }
        response.setStatus(outcome.problem().status());
        model.addAttribute("problem", outcome.problem());
        return render(partnership, false, model);
    }

    @PostMapping("/partnerships/{partnershipId}/meetings")
    String schedule(@PathVariable UUID partnershipId, @RequestParam Map<String, String> form, Model model,
                    HttpServletResponse response) {
        PartnershipId partnership = PartnershipId.of(partnershipId);
        PartnershipOverview overview = participation.overview(partnership);
        Viewer viewer = participation.viewer(overview);
        MeetingId id = MeetingId.random();
        PageCommands.Outcome outcome = pages.submit("schedule", Set.of("title", "scheduledFor", "agenda"), form,
                () -> List.of(new ScheduleMeetingCommand(id, partnership, Forms.text(form, "title"),
                        dates.instantOf(Forms.dateTime(form, "scheduledFor")), agenda(form.get("agenda")),
                        overview.partnership().decisionRule(), overview.partnership().quorum(), viewer.actor())));
        if (outcome.accepted()) {
            return "redirect:/meetings/" + id;
        }
        response.setStatus(outcome.problem().status());
        model.addAttribute("problem", outcome.problem());
        return render(partnership, false, model);
    }

    private String render(PartnershipId partnership, boolean allCommitments, Model model) {
        PartnershipOverview overview = participation.overview(partnership);
        Viewer viewer = participation.viewer(overview);
        List<CommitmentSummary> commitments = queries.query(FindPartnershipCommitmentsQuery.all(partnership),
                ResponseTypes.multipleInstancesOf(CommitmentSummary.class)).join();
        List<MeetingSummary> meetings = queries.query(new FindPartnershipMeetingsQuery(partnership),
                ResponseTypes.multipleInstancesOf(MeetingSummary.class)).join();
        List<OrganisationId> currentMembers = overview.members().stream().filter(Membership::current)
                .map(Membership::organisationId).distinct().toList();
        model.addAttribute("overview", overview);
        model.addAttribute("partnership", overview.partnership());
        model.addAttribute("viewer", viewer);
        model.addAttribute("names", directory.names());
        model.addAttribute("currentMembers", currentMembers);
        model.addAttribute("askable", currentMembers.stream().filter(member -> !viewer.actsFor(member)).toList());
        model.addAttribute("mayRequest", viewer.mayAct()
                && (viewer.organisation() != null ? currentMembers.contains(viewer.organisation()) : viewer.coordinator()));
        model.addAttribute("allCommitments", allCommitments);
        model.addAttribute("commitments", allCommitments ? commitments
                : commitments.stream().filter(commitment -> commitment.state().isOpen()).toList());
        model.addAttribute("commitmentCount", commitments.size());
        model.addAttribute("meetings", meetings);
        model.addAttribute("today", LocalDate.now(clock.withZone(dates.zone())));
        model.addAttribute("section", "overview");
        return "partnership";
    }

    private static List<String> agenda(String lines) {
        return lines == null ? List.of() : Arrays.stream(lines.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }
}
