package io.commitments.core.api.organisation;

/** Every registered organisation, by name. Answered with a list of {@link OrganisationSummary}. */
public record FindOrganisationsQuery() {
}
