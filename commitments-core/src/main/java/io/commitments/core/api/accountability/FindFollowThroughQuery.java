package io.commitments.core.api.accountability;

import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.partnership.PartnershipId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What needs chasing in a partnership as of a date (the API passes today): see {@link FollowThroughBoard}.
 * "Due soon" means due on {@code asOf} or within the {@code dueSoonDays} days after it.
 */
public record FindFollowThroughQuery(PartnershipId partnershipId, LocalDate asOf, int dueSoonDays) {

    public static final int DEFAULT_DUE_SOON_DAYS = 14;

    public FindFollowThroughQuery {
        Objects.requireNonNull(partnershipId, "partnership id");
        if (asOf == null) {
            throw new InvalidCommandException("asOf", "asOf is required");
        }
        if (dueSoonDays < 0) {
            throw new InvalidCommandException("dueSoonDays", "dueSoonDays must not be negative");
        }
    }

    public FindFollowThroughQuery(PartnershipId partnershipId, LocalDate asOf) {
        this(partnershipId, asOf, DEFAULT_DUE_SOON_DAYS);
    }
}
