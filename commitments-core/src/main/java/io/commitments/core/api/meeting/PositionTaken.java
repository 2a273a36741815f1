package io.commitments.core.api.meeting;

import io.commitments.core.api.party.OrganisationId;

import java.time.Instant;

/**
 * One position an organisation recorded on a proposal, when it did; {@code current} is false once the
 * organisation changed it (the earlier one is kept as history).
 */
public record PositionTaken(OrganisationId organisationId,
                            Position position,
                            String reason,
                            Instant recordedAt,
                            boolean current) {
}
