package io.commitments.core.api.purpose;

import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;

import java.time.Instant;
import java.util.List;

/**
 * One version of a shared purpose: its statement and outcomes, who proposed it and when, every endorsement
 * (lapsed ones included), the current members whose endorsement it still awaits (empty once superseded), and,
 * once adopted, when and which version it replaced.
 */
public record PurposeVersion(int version,
                             String statement,
                             List<PurposeOutcome> outcomes,
                             PurposeStatus status,
                             Actor proposedBy,
                             Instant proposedAt,
                             List<PurposeEndorsement> endorsements,
                             List<OrganisationId> awaitingEndorsement,
                             Instant adoptedAt,
                             Integer replacedVersion) {
}
