package io.commitments.core.api.organisation;

import io.commitments.core.api.party.OrganisationId;

import java.time.Instant;

public record OrganisationSummary(OrganisationId id, String name, Instant registeredAt) {
}
