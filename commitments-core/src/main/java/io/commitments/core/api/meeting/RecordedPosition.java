package io.commitments.core.api.meeting;

import io.commitments.core.api.party.OrganisationId;

/** An organisation's position on a proposal, with its reason (required for dissent, else optional). */
public record RecordedPosition(OrganisationId organisationId, Position position, String reason) {
}
