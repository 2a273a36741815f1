package io.commitments.web;

import io.commitments.core.api.Require;
import io.commitments.core.api.organisation.FindOrganisationQuery;
import io.commitments.core.api.organisation.FindOrganisationsQuery;
import io.commitments.core.api.organisation.OrganisationSummary;
import io.commitments.core.api.organisation.RegisterOrganisationCommand;
import io.commitments.core.api.party.OrganisationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
@RequestMapping("/api/organisations")
class OrganisationController {

    record RegisterOrganisationRequest(@NotBlank @Size(max = Require.MAX_NAME_LENGTH) String name) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;

    OrganisationController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<CreatedResponse> register(@Valid @RequestBody RegisterOrganisationRequest request) {
        OrganisationId id = OrganisationId.random();
        commands.sendAndWait(new RegisterOrganisationCommand(id, request.name()));
        return ResponseEntity
                .created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(id.toString()))
                .body(new CreatedResponse(id.toString()));
    }

    @GetMapping
    List<OrganisationSummary> list() {
        return queries.query(new FindOrganisationsQuery(),
                ResponseTypes.multipleInstancesOf(OrganisationSummary.class)).join();
    }

    @GetMapping("/{organisationId}")
    OrganisationSummary get(@PathVariable UUID organisationId) {
        return queries.query(new FindOrganisationQuery(OrganisationId.of(organisationId)),
                        ResponseTypes.optionalInstanceOf(OrganisationSummary.class)).join()
                .orElseThrow(() -> new NotFoundException("organisation.not-found",
                        "no organisation " + organisationId));
    }
}
