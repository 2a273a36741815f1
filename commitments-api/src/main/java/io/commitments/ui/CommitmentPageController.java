package io.commitments.ui;

import io.commitments.core.api.commitment.AcceptCounterOfferCommand;
import io.commitments.core.api.commitment.AcceptHandOverCommand;
import io.commitments.core.api.commitment.AcceptOfferCommand;
import io.commitments.core.api.commitment.AcceptRenegotiationCommand;
import io.commitments.core.api.commitment.CommitmentDetails;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.CommitmentSide;
import io.commitments.core.api.commitment.CommitmentState;
import io.commitments.core.api.commitment.CommitmentSummary;
import io.commitments.core.api.commitment.CommitmentTimelineEntry;
import io.commitments.core.api.commitment.CounterOfferCommand;
import io.commitments.core.api.commitment.CounterTheCounterOfferCommand;
import io.commitments.core.api.commitment.DeclareNotSatisfiedCommand;
import io.commitments.core.api.commitment.DeclareSatisfiedCommand;
import io.commitments.core.api.commitment.DeclineCommitmentCommand;
import io.commitments.core.api.commitment.FindCommitmentQuery;
import io.commitments.core.api.commitment.HandOverCommitmentCommand;
import io.commitments.core.api.commitment.ProgressStatus;
import io.commitments.core.api.commitment.PromiseCommitmentCommand;
import io.commitments.core.api.commitment.ProposeRenegotiationCommand;
import io.commitments.core.api.commitment.RejectCounterOfferCommand;
import io.commitments.core.api.commitment.ReleaseCommitmentCommand;
import io.commitments.core.api.commitment.ReportCompletionCommand;
import io.commitments.core.api.commitment.ReportProgressCommand;
import io.commitments.core.api.commitment.WithdrawCommitmentCommand;
import io.commitments.core.api.partnership.Membership;
import io.commitments.core.api.partnership.PartnershipOverview;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.commitment.CommitmentAction;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A commitment's page: its conversation as a timeline, and as forms only the actions the signed-in person may
 * take now ({@link AllowedActions}).
 */
@Controller
class CommitmentPageController {

    private static final Set<String> FIELDS = Set.of("reason", "note", "dueDate", "status", "toOrganisation");

    private final QueryGateway queries;
    private final Participation participation;
    private final Directory directory;
    private final PageCommands pages;

    CommitmentPageController(QueryGateway queries, Participation participation, Directory directory,
                             PageCommands pages) {
        this.queries = queries;
        this.participation = participation;
        this.directory = directory;
        this.pages = pages;
    }

    /** "report-completion" for {@link CommitmentAction#REPORT_COMPLETION}: the action's name in addresses and forms. */
    static String slug(CommitmentAction action) {
        return action.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @GetMapping("/commitments/{commitmentId}")
    String show(@PathVariable UUID commitmentId, Model model) {
        return render(find(CommitmentId.of(commitmentId)), model);
    }

    @PostMapping("/commitments/{commitmentId}/{action}")
    String act(@PathVariable UUID commitmentId, @PathVariable String action, @RequestParam Map<String, String> form,
               Model model, HttpServletResponse response) {
        CommitmentDetails details = find(CommitmentId.of(commitmentId));
        CommitmentAction chosen = Arrays.stream(CommitmentAction.values())
                .filter(candidate -> slug(candidate).equals(action)).findFirst()
                .orElseThrow(() -> new Participation.PageNotFoundException("There is no such action."));
        Actor actor = participation.viewer(participation.overview(details.commitment().partnershipId())).actor();
        CommitmentId id = details.commitment().id();
        PageCommands.Outcome outcome = pages.submit(action, FIELDS, form,
                () -> List.of(command(chosen, id, form, actor)));
        if (outcome.accepted()) {
            return "redirect:/commitments/" + id;
        }
        response.setStatus(outcome.problem().status());
        model.addAttribute("problem", outcome.problem());
        return render(find(id), model);
    }

    private static Object command(CommitmentAction action, CommitmentId id, Map<String, String> form, Actor actor) {
        return switch (action) {
            case PROMISE -> new PromiseCommitmentCommand(id, actor);
            case DECLINE -> new DeclineCommitmentCommand(id, Forms.text(form, "reason"), actor);
            case COUNTER_OFFER -> new CounterOfferCommand(id, Forms.date(form, "dueDate"), Forms.text(form, "note"),
                    actor);
            case ACCEPT_OFFER -> new AcceptOfferCommand(id, actor);
            case ACCEPT_COUNTER_OFFER -> new AcceptCounterOfferCommand(id, actor);
            case REJECT_COUNTER_OFFER -> new RejectCounterOfferCommand(id, Forms.text(form, "reason"), actor);
            case COUNTER_THE_COUNTER_OFFER -> new CounterTheCounterOfferCommand(id, Forms.date(form, "dueDate"),
                    Forms.text(form, "note"), actor);
            case REPORT_PROGRESS -> new ReportProgressCommand(id,
                    Forms.choice(form, "status", ProgressStatus.class, "how it is going"), Forms.text(form, "note"),
                    actor);
            case REPORT_COMPLETION -> new ReportCompletionCommand(id, Forms.text(form, "note"), actor);
            case DECLARE_SATISFIED -> new DeclareSatisfiedCommand(id, actor);
            case DECLARE_NOT_SATISFIED -> new DeclareNotSatisfiedCommand(id, Forms.text(form, "reason"), actor);
            case WITHDRAW -> new WithdrawCommitmentCommand(id, Forms.text(form, "reason"), actor);
            case RELEASE -> new ReleaseCommitmentCommand(id, Forms.text(form, "reason"), actor);
            case PROPOSE_RENEGOTIATION -> new ProposeRenegotiationCommand(id, Forms.date(form, "dueDate"),
                    Forms.text(form, "reason"), actor);
            case ACCEPT_RENEGOTIATION -> new AcceptRenegotiationCommand(id, actor);
            case HAND_OVER -> new HandOverCommitmentCommand(id,
                    OrganisationId.of(Forms.id(form, "toOrganisation", "the member to hand over to")),
                    Forms.text(form, "note"), actor);
            case ACCEPT_HAND_OVER -> new AcceptHandOverCommand(id, actor);
        };
    }

    private CommitmentDetails find(CommitmentId id) {
        return queries.query(new FindCommitmentQuery(id), ResponseTypes.optionalInstanceOf(CommitmentDetails.class))
                .join().orElseThrow(() -> new Participation.PageNotFoundException("There is no such commitment."));
    }

    private String render(CommitmentDetails details, Model model) {
        CommitmentSummary commitment = details.commitment();
        PartnershipOverview overview = participation.overview(commitment.partnershipId());
        Viewer viewer = participation.viewer(overview);
        Set<OrganisationId> currentMembers = overview.members().stream().filter(Membership::current)
                .map(Membership::organisationId).collect(Collectors.toSet());
        Set<CommitmentAction> allowed = AllowedActions.of(commitment, viewer,
                renegotiationProposedBy(details), currentMembers);
        model.addAttribute("partnership", overview.partnership());
        model.addAttribute("commitment", commitment);
        model.addAttribute("timeline", details.timeline());
        model.addAttribute("viewer", viewer);
        model.addAttribute("names", directory.names());
        model.addAttribute("may", allowed.stream().map(CommitmentPageController::slug).collect(Collectors.toSet()));
        model.addAttribute("handOverTargets", currentMembers.stream()
                .filter(member -> !member.equals(commitment.performer())).toList());
        model.addAttribute("progressStatuses", ProgressStatus.values());
        model.addAttribute("section", "commitments");
        return "commitment";
    }

    /**
     * Which side proposed the new due date awaiting acceptance: as the aggregate decides it, the performer's
     * side when the proposer acted for the performer, otherwise the requester's.
     */
    private static CommitmentSide renegotiationProposedBy(CommitmentDetails details) {
        CommitmentSummary commitment = details.commitment();
        if (commitment.state() != CommitmentState.PROMISED || commitment.proposedDueDate() == null) {
            return null;
        }
        List<CommitmentTimelineEntry> timeline = details.timeline();
        for (int i = timeline.size() - 1; i >= 0; i--) {
            CommitmentTimelineEntry entry = timeline.get(i);
            if ("CommitmentRenegotiationProposedEvent".equals(entry.type())) {
                return entry.actor() != null && entry.actor().actsFor(commitment.performer())
                        ? CommitmentSide.PERFORMER : CommitmentSide.REQUESTER;
            }
        }
        return null;
    }
}
