package io.commitments.web;

import io.commitments.core.api.Require;
import io.commitments.core.api.commitment.CommitmentDetails;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.FindCommitmentQuery;
import io.commitments.core.api.contest.ContestCommitmentRecordCommand;
import io.commitments.core.api.contest.ContestDecisionCommand;
import io.commitments.core.api.contest.ContestNoteId;
import io.commitments.core.api.decision.DecisionId;
import io.commitments.security.CurrentActor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.UUID;

/**
 * Contest notes: a member organisation says a record is wrong, and why. The note stands beside the record,
 * which is never changed; each answers 201 with the note's id and, as Location, the record it is about.
 */
@RestController
class ContestController {

    record ContestRequest(@NotBlank @Size(max = Require.MAX_TEXT_LENGTH) String note) {
    }

    private final CommandSender commands;
    private final QueryGateway queries;
    private final EventStore events;
    private final CurrentActor current;
    private final GovernanceLookups lookups;

    ContestController(CommandSender commands, QueryGateway queries, EventStore events, CurrentActor current,
                      GovernanceLookups lookups) {
        this.commands = commands;
        this.queries = queries;
        this.events = events;
        this.current = current;
        this.lookups = lookups;
    }

    @PostMapping("/api/decisions/{decisionId}/contest")
    ResponseEntity<CreatedResponse> contestDecision(@PathVariable UUID decisionId,
                                                    @Valid @RequestBody ContestRequest request) {
        DecisionId decision = DecisionId.of(decisionId);
        lookups.decision(decision);
        ContestNoteId note = ContestNoteId.random();
        commands.send(new ContestDecisionCommand(decision, note, request.note(), current.actor()));
        return ResponseEntity
                .created(ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/decisions/{id}")
                        .build(decision.toString()))
                .body(new CreatedResponse(note.toString()));
    }

    /** Contests one event of a commitment's history, named by the event's identifier in the event store. */
    @PostMapping("/api/commitments/{commitmentId}/events/{eventIdentifier}/contest")
    ResponseEntity<CreatedResponse> contestCommitmentEvent(@PathVariable UUID commitmentId,
                                                           @PathVariable String eventIdentifier,
                                                           @Valid @RequestBody ContestRequest request) {
        CommitmentId commitment = CommitmentId.of(commitmentId);
        CommitmentDetails details = queries.query(new FindCommitmentQuery(commitment),
                        ResponseTypes.optionalInstanceOf(CommitmentDetails.class)).join()
                .orElseThrow(() -> new NotFoundException("commitment.not-found", "no commitment " + commitment));
        boolean itsEvent = events.readEvents(commitment.toString()).asStream()
                .anyMatch(event -> event.getIdentifier().equals(eventIdentifier));
        if (!itsEvent) {
            throw new NotFoundException("commitment.event-not-found",
                    "commitment " + commitment + " has no event " + eventIdentifier);
        }
        ContestNoteId note = ContestNoteId.random();
        commands.send(new ContestCommitmentRecordCommand(details.commitment().partnershipId(), note, commitment,
                eventIdentifier, request.note(), current.actor()));
        return ResponseEntity
                .created(ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/commitments/{id}")
                        .build(commitment.toString()))
                .body(new CreatedResponse(note.toString()));
    }
}
