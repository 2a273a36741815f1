package io.commitments.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.Require;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.RequestCommitmentCommand;
import io.commitments.core.api.commitment.Requester;
import io.commitments.core.api.decision.DecisionId;
import io.commitments.core.api.decision.DecisionRegisterEntry;
import io.commitments.core.api.decision.DecisionStatus;
import io.commitments.core.api.decision.FindDecisionRegisterQuery;
import io.commitments.core.api.decision.RecordDecisionActionCommand;
import io.commitments.core.api.decision.RescindDecisionCommand;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
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

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Decisions adopted in meetings: their actions (each a commitment the decision requests of a member), their
 * rescission, and the partnership's decision register.
 * <p>
 * An action is two commands in one request, recording the action on the decision and requesting the
 * commitment with the decision as requester; the request's single transaction stores both or neither.
 */
@RestController
class DecisionController {

    record DecisionActionRequest(@NotNull UUID performerOrganisationId,
                                 @NotBlank @Size(max = Require.MAX_TEXT_LENGTH) String description,
                                 @NotNull LocalDate dueDate,
                                 @Size(max = Require.MAX_TEXT_LENGTH) String conditionsOfSatisfaction) {
    }

    record RescindDecisionRequest(@NotBlank @Size(max = Require.MAX_TEXT_LENGTH) String reason, UUID supersededBy) {
    }

    /** A decision after it stopped being in force: its new state and version, why, and its successor. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DecisionActionResponse(DecisionId id, DecisionStatus state, long version, String reason,
                                  DecisionId supersededBy) {
    }

    private final CommandSender commands;
    private final QueryGateway queries;
    private final CurrentActor current;
    private final PartnershipAccess access;
    private final GovernanceLookups lookups;
    private final AggregateVersions versions;

    DecisionController(CommandSender commands, QueryGateway queries, CurrentActor current, PartnershipAccess access,
                       GovernanceLookups lookups, AggregateVersions versions) {
        this.commands = commands;
        this.queries = queries;
        this.current = current;
        this.access = access;
        this.lookups = lookups;
        this.versions = versions;
    }

    /** Answers with the id of the commitment requested: the action is followed through as that commitment. */
    @PostMapping("/api/decisions/{decisionId}/actions")
    ResponseEntity<CreatedResponse> recordAction(@PathVariable UUID decisionId,
                                                 @Valid @RequestBody DecisionActionRequest request,
                                                 @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        DecisionId id = DecisionId.of(decisionId);
        DecisionRegisterEntry decision = lookups.decision(id);
        CommitmentId commitment = CommitmentId.random();
        OrganisationId performer = OrganisationId.of(request.performerOrganisationId());
        Actor actor = current.actor();
        commands.send(new RecordDecisionActionCommand(id, commitment, performer, request.description(),
                request.dueDate(), request.conditionsOfSatisfaction(), actor), ifMatch);
        commands.send(new RequestCommitmentCommand(commitment, decision.partnershipId(), Requester.byDecision(id),
                performer, request.description(), request.dueDate(), request.conditionsOfSatisfaction(),
                decision.servesOutcome() == null ? null : decision.servesOutcome().toString(), actor));
        return ResponseEntity
                .created(ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/commitments/{id}")
                        .build(commitment.toString()))
                .body(new CreatedResponse(commitment.toString()));
    }

    @PostMapping("/api/decisions/{decisionId}/rescind")
    DecisionActionResponse rescind(@PathVariable UUID decisionId, @Valid @RequestBody RescindDecisionRequest request,
                                   @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        DecisionId id = DecisionId.of(decisionId);
        DecisionRegisterEntry decision = lookups.decision(id);
        DecisionId successor = request.supersededBy() == null ? null : DecisionId.of(request.supersededBy());
        if (successor != null && !lookups.decision(successor).partnershipId().equals(decision.partnershipId())) {
            throw new InvalidCommandException("supersededBy",
                    "decision " + successor + " is not a decision of partnership " + decision.partnershipId());
        }
        commands.send(new RescindDecisionCommand(id, request.reason(), successor, current.actor()), ifMatch);
        return new DecisionActionResponse(id, successor == null ? DecisionStatus.RESCINDED : DecisionStatus.SUPERSEDED,
                versions.of(id), request.reason().strip(), successor);
    }

    /** One decision's register entry; its ETag is the decision's version. */
    @GetMapping("/api/decisions/{decisionId}")
    ResponseEntity<DecisionRegisterEntry> get(@PathVariable UUID decisionId) {
        DecisionId id = DecisionId.of(decisionId);
        DecisionRegisterEntry decision = lookups.decision(id);
        access.requireReadable(decision.partnershipId());
        return ResponseEntity.ok().eTag(ETags.of(versions.of(id))).body(decision);
    }

    /** The register: each decision with its meeting, outcome, positions (dissent), contests and actions. */
    @GetMapping("/api/partnerships/{partnershipId}/decisions")
    List<DecisionRegisterEntry> register(@PathVariable UUID partnershipId) {
        PartnershipId partnership = access.require(partnershipId);
        return queries.query(new FindDecisionRegisterQuery(partnership),
                ResponseTypes.multipleInstancesOf(DecisionRegisterEntry.class)).join();
    }
}
