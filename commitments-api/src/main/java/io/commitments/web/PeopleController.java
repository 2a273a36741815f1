package io.commitments.web;

import io.commitments.core.api.Require;
import io.commitments.core.api.organisation.FindOrganisationQuery;
import io.commitments.core.api.organisation.OrganisationSummary;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.core.api.person.Role;
import io.commitments.security.PersonRegistration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/api/people")
class PeopleController {

    record RegisterPersonRequest(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
                                 @NotBlank @Size(max = Require.MAX_NAME_LENGTH) String displayName,
                                 @NotBlank @Size(min = 12, max = 200) String password,
                                 UUID organisationId,
                                 @NotEmpty Set<Role> roles) {
    }

    private final PersonRegistration registration;
    private final QueryGateway queries;

    PeopleController(PersonRegistration registration, QueryGateway queries) {
        this.registration = registration;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<CreatedResponse> register(@Valid @RequestBody RegisterPersonRequest request) {
        OrganisationId organisation = request.organisationId() == null ? null : OrganisationId.of(request.organisationId());
        if (organisation != null && queries.query(new FindOrganisationQuery(organisation),
                ResponseTypes.optionalInstanceOf(OrganisationSummary.class)).join().isEmpty()) {
            throw new NotFoundException("organisation.not-found", "no organisation " + organisation);
        }
        PersonId id = registration.register(request.username(), request.displayName(), request.password(),
                organisation, request.roles());
        return ResponseEntity
                .created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(id.toString()))
                .body(new CreatedResponse(id.toString()));
    }
}
