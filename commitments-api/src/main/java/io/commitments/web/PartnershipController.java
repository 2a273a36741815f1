package io.commitments.web;

import io.commitments.core.api.partnership.FindPartnershipQuery;
import io.commitments.core.api.partnership.FindPartnershipsQuery;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.PartnershipSummary;
import io.commitments.core.api.partnership.RegisterPartnershipCommand;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
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

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/partnerships")
class PartnershipController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    PartnershipController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<CreatedResponse> register(@Valid @RequestBody RegisterPartnershipRequest request) {
        PartnershipId id = PartnershipId.random();
        commands.sendAndWait(new RegisterPartnershipCommand(id, request.name(), request.decisionRule(),
                request.quorum()));
        return ResponseEntity
                .created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(id.toString()))
                .body(new CreatedResponse(id.toString()));
    }

    @GetMapping
    List<PartnershipSummary> list() {
        return queries.query(new FindPartnershipsQuery(),
                ResponseTypes.multipleInstancesOf(PartnershipSummary.class)).join();
    }

    @GetMapping("/{partnershipId}")
    PartnershipSummary get(@PathVariable UUID partnershipId) {
        return queries.query(new FindPartnershipQuery(PartnershipId.of(partnershipId)),
                        ResponseTypes.optionalInstanceOf(PartnershipSummary.class)).join()
                .orElseThrow(() -> new NotFoundException("partnership.not-found",
                        "no partnership " + partnershipId));
    }
}
