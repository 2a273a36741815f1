package io.commitments.core.api.accountability;

import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.partnership.PartnershipId;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A partnership's ledger period by period, from the period containing {@code from} (null: the first period with
 * any activity) to the period containing {@code to}; the last period ends with {@code to}. Each period counts
 * as a {@link FindAccountabilityLedgerQuery} over its days would. Answered with an {@link AccountabilitySeries}.
 */
public record FindAccountabilitySeriesQuery(PartnershipId partnershipId,
                                            SeriesInterval interval,
                                            LocalDate from,
                                            LocalDate to,
                                            ZoneId zone) {

    public FindAccountabilitySeriesQuery {
        Objects.requireNonNull(partnershipId, "partnership id");
        interval = interval == null ? SeriesInterval.MONTH : interval;
        if (to == null) {
            throw new InvalidCommandException("to", "to is required");
        }
        if (from != null && from.isAfter(to)) {
            throw new InvalidCommandException("from", "from must not be after to (" + to + ")");
        }
        zone = zone == null ? ZoneOffset.UTC : zone;
    }

    /** Monthly, from the first month with activity to the month of {@code to}, days ending at midnight UTC. */
    public static FindAccountabilitySeriesQuery monthly(PartnershipId partnershipId, LocalDate to) {
        return new FindAccountabilitySeriesQuery(partnershipId, SeriesInterval.MONTH, null, to, ZoneOffset.UTC);
    }
}
