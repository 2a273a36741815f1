package io.commitments.core.api.organisation;

import io.commitments.core.api.party.OrganisationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterOrganisationCommand(@TargetAggregateIdentifier OrganisationId organisationId, String name) {
}
