package io.commitments.core.api.partnership;

import io.commitments.core.api.party.OrganisationId;

import java.time.Instant;

/**
 * One membership of an organisation in a partnership: {@code current} until it withdrew (then with when and
 * why). An organisation that joins again has a new membership; the old one stays.
 */
public record Membership(OrganisationId organisationId,
                         Instant joinedAt,
                         boolean current,
                         Instant withdrawnAt,
                         String withdrawalReason) {
}
