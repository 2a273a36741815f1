package io.commitments.core.api.accountability;

/**
 * What one performer (an organisation, or a person within it) did with its commitments in a period, and
 * where it stood at the period's end. Declined and released count against nobody; only withdrawal after a
 * promise is a broken commitment.
 *
 * @param made        promises made in the period (promised, or an offer or counter-offer accepted)
 * @param keptOnTime  declared satisfied in the period, by the end of the due date
 * @param keptLate    declared satisfied in the period, after the due date
 * @param withdrawn   abandoned by the performer in the period
 * @param released    released by the requester in the period, promised or not
 * @param declined    requests declined in the period (including counter-offers the requester rejected)
 * @param open        promised and not yet ended at the end of the period
 * @param overdue     of those open, recorded overdue and not cleared at the end of the period
 * @param reliability kept / (kept + withdrawn); null when nothing was kept or withdrawn
 * @param onTimeRate  keptOnTime / kept; null when nothing was kept
 */
public record AccountabilityCounts(int made,
                                   int keptOnTime,
                                   int keptLate,
                                   int withdrawn,
                                   int released,
                                   int declined,
                                   int open,
                                   int overdue,
                                   Double reliability,
                                   Double onTimeRate) {

    public static final AccountabilityCounts NONE = of(0, 0, 0, 0, 0, 0, 0, 0);

    /** The counts with both rates derived from them. */
    public static AccountabilityCounts of(int made, int keptOnTime, int keptLate, int withdrawn, int released,
                                          int declined, int open, int overdue) {
        int kept = keptOnTime + keptLate;
        return new AccountabilityCounts(made, keptOnTime, keptLate, withdrawn, released, declined, open, overdue,
                ratio(kept, kept + withdrawn), ratio(keptOnTime, kept));
    }

    private static Double ratio(int numerator, int denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
