package io.commitments.web;

import io.commitments.core.api.NotPermittedException;
import io.commitments.core.api.Require;
import io.commitments.core.api.commitment.AcceptCounterOfferCommand;
import io.commitments.core.api.commitment.AcceptHandOverCommand;
import io.commitments.core.api.commitment.AcceptOfferCommand;
import io.commitments.core.api.commitment.AcceptRenegotiationCommand;
import io.commitments.core.api.commitment.CommitmentDetails;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.CommitmentState;
import io.commitments.core.api.commitment.CommitmentSummary;
import io.commitments.core.api.commitment.CounterOfferCommand;
import io.commitments.core.api.commitment.CounterTheCounterOfferCommand;
import io.commitments.core.api.commitment.DeclareNotSatisfiedCommand;
import io.commitments.core.api.commitment.DeclareSatisfiedCommand;
import io.commitments.core.api.commitment.DeclineCommitmentCommand;
import io.commitments.core.api.commitment.FindCommitmentQuery;
import io.commitments.core.api.commitment.FindPartnershipCommitmentsQuery;
import io.commitments.core.api.commitment.HandOverCommitmentCommand;
import io.commitments.core.api.commitment.OfferCommitmentCommand;
import io.commitments.core.api.commitment.ProgressStatus;
import io.commitments.core.api.commitment.PromiseCommitmentCommand;
import io.commitments.core.api.commitment.ProposeRenegotiationCommand;
import io.commitments.core.api.commitment.RejectCounterOfferCommand;
import io.commitments.core.api.commitment.ReleaseCommitmentCommand;
import io.commitments.core.api.commitment.ReportCompletionCommand;
import io.commitments.core.api.commitment.ReportProgressCommand;
import io.commitments.core.api.commitment.RequestCommitmentCommand;
import io.commitments.core.api.commitment.Requester;
import io.commitments.core.api.commitment.WithdrawCommitmentCommand;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.commitment.CommitmentRules;
import io.commitments.security.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Commitments over HTTP: requests and offers made by the caller's organisation, the actions of their
 * conversation, and reads of one commitment or of a partnership's. The aggregate decides who may do what;
 * each action answers with the commitment as the view shows it once it includes the action.
 */
@RestController
class CommitmentController {

    private static final int TEXT = Require.MAX_TEXT_LENGTH;

    record RequestCommitmentRequest(@NotNull UUID performerOrganisationId,
                                    @NotBlank @Size(max = TEXT) String description,
                                    @NotNull LocalDate dueDate,
                                    @Size(max = TEXT) String conditionsOfSatisfaction,
                                    @Size(max = TEXT) String outcome) {
    }

    record OfferCommitmentRequest(@NotBlank @Size(max = TEXT) String description,
                                  @NotNull LocalDate dueDate,
                                  @Size(max = TEXT) String conditionsOfSatisfaction,
                                  @Size(max = TEXT) String outcome) {
    }

    record ReasonRequest(@NotBlank @Size(max = TEXT) String reason) {
    }

    record NoteRequest(@NotBlank @Size(max = TEXT) String note) {
    }

    record DueDateNoteRequest(@NotNull LocalDate dueDate, @NotBlank @Size(max = TEXT) String note) {
    }

    record DueDateReasonRequest(@NotNull LocalDate dueDate, @NotBlank @Size(max = TEXT) String reason) {
    }

    record ProgressRequest(@NotNull ProgressStatus status, @NotBlank @Size(max = TEXT) String note) {
    }

    record HandOverRequest(@NotNull UUID toOrganisationId, @NotBlank @Size(max = TEXT) String note) {
    }

    private final CommandSender commands;
    private final QueryGateway queries;
    private final CurrentActor current;
    private final PartnershipAccess partnerships;

    CommitmentController(CommandSender commands, QueryGateway queries, CurrentActor current,
                         PartnershipAccess partnerships) {
        this.commands = commands;
        this.queries = queries;
        this.current = current;
        this.partnerships = partnerships;
    }

    /** A request by the caller's organisation; by the partnership itself when the caller acts for none. */
    @PostMapping("/api/partnerships/{partnershipId}/commitments")
    ResponseEntity<CreatedResponse> request(@PathVariable UUID partnershipId,
                                            @Valid @RequestBody RequestCommitmentRequest request) {
        PartnershipId partnership = partnerships.require(partnershipId);
        Actor actor = current.actor();
        Requester requester = actor.organisation() == null ? Requester.byPartnership()
                : Requester.byMember(actor.organisation());
        CommitmentId id = CommitmentId.random();
        commands.send(new RequestCommitmentCommand(id, partnership, requester,
                OrganisationId.of(request.performerOrganisationId()), request.description(), request.dueDate(),
                request.conditionsOfSatisfaction(), request.outcome(), actor));
        return created(id);
    }

    /** An offer by the caller's organisation, which performs it once the partnership accepts. */
    @PostMapping("/api/partnerships/{partnershipId}/commitments/offers")
    ResponseEntity<CreatedResponse> offer(@PathVariable UUID partnershipId,
                                          @Valid @RequestBody OfferCommitmentRequest request) {
        PartnershipId partnership = partnerships.require(partnershipId);
        Actor actor = current.actor();
        if (actor.organisation() == null) {
            throw new NotPermittedException(CommitmentRules.NOT_PERFORMER,
                    "only people who act for a member organisation may offer a commitment");
        }
        CommitmentId id = CommitmentId.random();
        commands.send(new OfferCommitmentCommand(id, partnership, actor.organisation(), request.description(),
                request.dueDate(), request.conditionsOfSatisfaction(), request.outcome(), actor));
        return created(id);
    }

    @PostMapping("/api/commitments/{id}/promise")
    ResponseEntity<Void> promise(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                 String ifMatch, HttpServletRequest http) {
        return act(http, id, ifMatch, actor -> new PromiseCommitmentCommand(CommitmentId.of(id), actor));
    }

    @PostMapping("/api/commitments/{id}/decline")
    ResponseEntity<Void> decline(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                 String ifMatch, @Valid @RequestBody ReasonRequest request, HttpServletRequest http) {
        return act(http, id, ifMatch,
                actor -> new DeclineCommitmentCommand(CommitmentId.of(id), request.reason(), actor));
    }

    @PostMapping("/api/commitments/{id}/counter-offer")
    ResponseEntity<Void> counterOffer(@PathVariable UUID id,
                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                      @Valid @RequestBody DueDateNoteRequest request, HttpServletRequest http) {
        return act(http, id, ifMatch, actor -> new CounterOfferCommand(CommitmentId.of(id), request.dueDate(),
                request.note(), actor));
    }

    @PostMapping("/api/commitments/{id}/accept-counter-offer")
    ResponseEntity<Void> acceptCounterOffer(@PathVariable UUID id,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                            String ifMatch, HttpServletRequest http) {
        return act(http, id, ifMatch, actor -> new AcceptCounterOfferCommand(CommitmentId.of(id), actor));
    }

    @PostMapping("/api/commitments/{id}/reject-counter-offer")
    ResponseEntity<Void> rejectCounterOffer(@PathVariable UUID id,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                            String ifMatch, @Valid @RequestBody ReasonRequest request,
                                            HttpServletRequest http) {
        return act(http, id, ifMatch,
                actor -> new RejectCounterOfferCommand(CommitmentId.of(id), request.reason(), actor));
    }

    /** The requester answers a counter-offer with yet another due date (not named in API.md v1). */
    @PostMapping("/api/commitments/{id}/counter-the-counter-offer")
    ResponseEntity<Void> counterTheCounterOffer(@PathVariable UUID id,
                                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                String ifMatch, @Valid @RequestBody DueDateNoteRequest request,
                                                HttpServletRequest http) {
        return act(http, id, ifMatch, actor -> new CounterTheCounterOfferCommand(CommitmentId.of(id),
                request.dueDate(), request.note(), actor));
    }

    @PostMapping("/api/commitments/{id}/accept-offer")
    ResponseEntity<Void> acceptOffer(@PathVariable UUID id,
                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     HttpServletRequest http) {
        return act(http, id, ifMatch, actor -> new AcceptOfferCommand(CommitmentId.of(id), actor));
    }

    @PostMapping("/api/commitments/{id}/report-progress")
    ResponseEntity<Void> reportProgress(@PathVariable UUID id,
                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody ProgressRequest request, HttpServletRequest http) {
        return act(http, id, ifMatch, actor -> new ReportProgressCommand(CommitmentId.of(id), request.status(),
                request.note(), actor));
    }

    @PostMapping("/api/commitments/{id}/report-completion")
    ResponseEntity<Void> reportCompletion(@PathVariable UUID id,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                          String ifMatch, @Valid @RequestBody NoteRequest request,
                                          HttpServletRequest http) {
        return act(http, id, ifMatch,
                actor -> new ReportCompletionCommand(CommitmentId.of(id), request.note(), actor));
    }

    @PostMapping("/api/commitments/{id}/declare-satisfied")
    ResponseEntity<Void> declareSatisfied(@PathVariable UUID id,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                          String ifMatch, HttpServletRequest http) {
        return act(http, id, ifMatch, actor -> new DeclareSatisfiedCommand(CommitmentId.of(id), actor));
    }

    @PostMapping("/api/commitments/{id}/declare-not-satisfied")
    ResponseEntity<Void> declareNotSatisfied(@PathVariable UUID id,
                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                             String ifMatch, @Valid @RequestBody ReasonRequest request,
                                             HttpServletRequest http) {
        return act(http, id, ifMatch,
                actor -> new DeclareNotSatisfiedCommand(CommitmentId.of(id), request.reason(), actor));
    }

    @PostMapping("/api/commitments/{id}/withdraw")
    ResponseEntity<Void> withdraw(@PathVariable UUID id,
                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                  @Valid @RequestBody ReasonRequest request, HttpServletRequest http) {
        return act(http, id, ifMatch,
                actor -> new WithdrawCommitmentCommand(CommitmentId.of(id), request.reason(), actor));
    }

    @PostMapping("/api/commitments/{id}/release")
    ResponseEntity<Void> release(@PathVariable UUID id,
                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                 @Valid @RequestBody ReasonRequest request, HttpServletRequest http) {
        return act(http, id, ifMatch,
                actor -> new ReleaseCommitmentCommand(CommitmentId.of(id), request.reason(), actor));
    }

    @PostMapping("/api/commitments/{id}/propose-renegotiation")
    ResponseEntity<Void> proposeRenegotiation(@PathVariable UUID id,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                              String ifMatch, @Valid @RequestBody DueDateReasonRequest request,
                                              HttpServletRequest http) {
        return act(http, id, ifMatch, actor -> new ProposeRenegotiationCommand(CommitmentId.of(id),
                request.dueDate(), request.reason(), actor));
    }

    @PostMapping("/api/commitments/{id}/accept-renegotiation")
    ResponseEntity<Void> acceptRenegotiation(@PathVariable UUID id,
                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                             String ifMatch, HttpServletRequest http) {
        return act(http, id, ifMatch, actor -> new AcceptRenegotiationCommand(CommitmentId.of(id), actor));
    }

    @PostMapping("/api/commitments/{id}/hand-over")
    ResponseEntity<Void> handOver(@PathVariable UUID id,
                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                  @Valid @RequestBody HandOverRequest request, HttpServletRequest http) {
        return act(http, id, ifMatch, actor -> new HandOverCommitmentCommand(CommitmentId.of(id),
                OrganisationId.of(request.toOrganisationId()), request.note(), actor));
    }

    @PostMapping("/api/commitments/{id}/accept-hand-over")
    ResponseEntity<Void> acceptHandOver(@PathVariable UUID id,
                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        HttpServletRequest http) {
        return act(http, id, ifMatch, actor -> new AcceptHandOverCommand(CommitmentId.of(id), actor));
    }

    /** Any other action name: less specific than the mappings above, so only what they do not match. */
    @PostMapping("/api/commitments/{id}/{action}")
    ResponseEntity<Void> unknownAction(@PathVariable UUID id, @PathVariable String action) {
        throw new NotFoundException("commitment.unknown-action", "commitments have no action " + action);
    }

    @GetMapping("/api/commitments/{id}")
    ResponseEntity<CommitmentResource> get(@PathVariable UUID id) {
        CommitmentDetails details = find(CommitmentId.of(id));
        partnerships.requireReadable(details.commitment().partnershipId());
        return answer(details);
    }

    @GetMapping("/api/partnerships/{partnershipId}/commitments")
    List<CommitmentSummary> list(@PathVariable UUID partnershipId,
                                 @RequestParam(required = false) CommitmentState state,
                                 @RequestParam(required = false) UUID performer,
                                 @RequestParam(required = false) Boolean overdue) {
        PartnershipId partnership = partnerships.require(partnershipId);
        return queries.query(new FindPartnershipCommitmentsQuery(partnership, state,
                        performer == null ? null : OrganisationId.of(performer), overdue),
                ResponseTypes.multipleInstancesOf(CommitmentSummary.class)).join();
    }

    private ResponseEntity<Void> act(HttpServletRequest http, UUID id, String ifMatch,
                                     Function<Actor, Object> command) {
        commands.send(command.apply(current.actor()), ifMatch);
        CommandRequestFilter.answerFromViews(http, () -> answer(find(CommitmentId.of(id))));
        return ResponseEntity.ok().build();
    }

    private CommitmentDetails find(CommitmentId id) {
        return queries.query(new FindCommitmentQuery(id), ResponseTypes.optionalInstanceOf(CommitmentDetails.class))
                .join()
                .orElseThrow(() -> new NotFoundException("commitment.not-found", "no commitment " + id));
    }

    private static ResponseEntity<CommitmentResource> answer(CommitmentDetails details) {
        return ResponseEntity.ok().eTag(ETags.of(details.commitment().version())).body(CommitmentResource.of(details));
    }

    private static ResponseEntity<CreatedResponse> created(CommitmentId id) {
        return ResponseEntity
                .created(ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/commitments/{id}")
                        .build(id.toString()))
                .body(new CreatedResponse(id.toString()));
    }
}
