package io.commitments.core.api.person;

import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/** Registers a person; their credentials are kept by the application, never in an event. */
public record RegisterPersonCommand(@TargetAggregateIdentifier PersonId personId,
                                    String username,
                                    String displayName,
                                    OrganisationId organisationId,
                                    Set<Role> roles) {
}
