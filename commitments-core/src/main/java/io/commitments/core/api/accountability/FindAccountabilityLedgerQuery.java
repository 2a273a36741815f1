package io.commitments.core.api.accountability;

import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.partnership.PartnershipId;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The ledger of a partnership from the start of {@code from} (null: from the beginning) to the end of
 * {@code to}, both inclusive, days ending at midnight in {@code zone}. Counts of what happened (made, kept,
 * withdrawn, released, declined) take the events dated in the range; open and overdue are as of the end of
 * {@code to}. Answered with an {@link AccountabilityLedger}.
 */
public record FindAccountabilityLedgerQuery(PartnershipId partnershipId, LocalDate from, LocalDate to, ZoneId zone) {

    public FindAccountabilityLedgerQuery {
        Objects.requireNonNull(partnershipId, "partnership id");
        if (to == null) {
            throw new InvalidCommandException("to", "to is required");
        }
        if (from != null && from.isAfter(to)) {
            throw new InvalidCommandException("from", "from must not be after to (" + to + ")");
        }
        zone = zone == null ? ZoneOffset.UTC : zone;
    }

    /** Days ending at midnight UTC. */
    public FindAccountabilityLedgerQuery(PartnershipId partnershipId, LocalDate from, LocalDate to) {
        this(partnershipId, from, to, ZoneOffset.UTC);
    }
}
