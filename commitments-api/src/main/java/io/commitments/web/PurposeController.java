package io.commitments.web;

import io.commitments.core.api.Require;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.purpose.EndorsePurposeCommand;
import io.commitments.core.api.purpose.FindSharedPurposeQuery;
import io.commitments.core.api.purpose.OutcomeId;
import io.commitments.core.api.purpose.ProposePurposeCommand;
import io.commitments.core.api.purpose.PurposeOutcome;
import io.commitments.core.api.purpose.PurposeVersion;
import io.commitments.core.api.purpose.SharedPurposeView;
import io.commitments.security.CurrentActor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The shared purpose: members (or coordinators) propose a version, each member organisation endorses it,
 * and it is adopted once every current member has. Outcomes are sent as text; an outcome whose text an
 * earlier version already had keeps that outcome's id, so what serves it stays linked across revisions.
 */
@RestController
@RequestMapping("/api/partnerships/{partnershipId}")
class PurposeController {

    record ProposePurposeRequest(@NotBlank @Size(max = Require.MAX_TEXT_LENGTH) String statement,
                                 @NotEmpty @Size(max = 100)
                                 List<@NotBlank @Size(max = Require.MAX_TEXT_LENGTH) String> outcomes) {
    }

    record ProposedPurposeResponse(int version) {
    }

    record EndorsementResponse(PartnershipId partnershipId, int version, OrganisationId endorsedBy) {
    }

    private final CommandSender commands;
    private final QueryGateway queries;
    private final CurrentActor current;
    private final PartnershipAccess access;

    PurposeController(CommandSender commands, QueryGateway queries, CurrentActor current, PartnershipAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.current = current;
        this.access = access;
    }

    @PostMapping("/purposes")
    ResponseEntity<ProposedPurposeResponse> propose(@PathVariable UUID partnershipId,
                                                    @Valid @RequestBody ProposePurposeRequest request) {
        PartnershipId partnership = PartnershipId.of(partnershipId);
        Map<String, OutcomeId> known = knownOutcomes(shared(partnership));
        List<PurposeOutcome> outcomes = request.outcomes().stream()
                .map(text -> new PurposeOutcome(known.getOrDefault(text.strip(), OutcomeId.random()), text))
                .toList();
        int version = commands.send(new ProposePurposeCommand(partnership, request.statement(), outcomes,
                current.actor()));
        return ResponseEntity
                .created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/partnerships/{id}/purpose").build(partnership.toString()))
                .body(new ProposedPurposeResponse(version));
    }

    @PostMapping("/purposes/{version}/endorse")
    EndorsementResponse endorse(@PathVariable UUID partnershipId, @PathVariable int version) {
        PartnershipId partnership = PartnershipId.of(partnershipId);
        shared(partnership);
        commands.send(new EndorsePurposeCommand(partnership, version, current.actor()));
        return new EndorsementResponse(partnership, version, current.actor().organisation());
    }

    /** The adopted version, the pending ones with who endorsed them and who has yet to, and the superseded. */
    @GetMapping("/purpose")
    SharedPurposeView get(@PathVariable UUID partnershipId) {
        return shared(access.require(partnershipId));
    }

    private SharedPurposeView shared(PartnershipId partnership) {
        return queries.query(new FindSharedPurposeQuery(partnership),
                        ResponseTypes.optionalInstanceOf(SharedPurposeView.class)).join()
                .orElseThrow(() -> new NotFoundException("partnership.not-found", "no partnership " + partnership));
    }

    /** Each outcome text of earlier versions with its id, the newest version's id winning. */
    private static Map<String, OutcomeId> knownOutcomes(SharedPurposeView purpose) {
        Map<String, OutcomeId> known = new HashMap<>();
        Stream.concat(Stream.concat(purpose.superseded().stream(), Stream.ofNullable(purpose.adopted())),
                        purpose.pending().stream())
                .sorted(Comparator.comparingInt(PurposeVersion::version))
                .flatMap(version -> version.outcomes().stream())
                .forEach(outcome -> known.put(outcome.text().strip(), outcome.outcomeId()));
        return known;
    }
}
