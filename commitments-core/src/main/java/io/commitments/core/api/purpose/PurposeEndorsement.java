package io.commitments.core.api.purpose;

import io.commitments.core.api.party.OrganisationId;

import java.time.Instant;

/**
 * An organisation's endorsement of a purpose version. {@code lapsedAt} is when it stopped counting because the
 * organisation withdrew from the partnership; null while it counts.
 */
public record PurposeEndorsement(OrganisationId organisationId, Instant endorsedAt, Instant lapsedAt) {
}
