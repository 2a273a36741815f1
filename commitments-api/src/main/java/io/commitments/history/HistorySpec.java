package io.commitments.history;

import java.time.LocalDate;

/**
 * What history to generate. The same spec (seed included) always gives the same history.
 *
 * @param seed                 drives every choice and every identifier
 * @param partnerships         how many partnerships, each with its own members and meetings
 * @param organisations        member organisations per partnership (3 to 12)
 * @param months               months of history, one board meeting a month
 * @param commitmentsPerMonth  commitments members ask of each other per partnership and month
 * @param start                the first day of the history
 */
public record HistorySpec(long seed, int partnerships, int organisations, int months, int commitmentsPerMonth,
                          LocalDate start) {

    public HistorySpec {
        if (partnerships < 1 || organisations < 3 || organisations > 12 || months < 1 || commitmentsPerMonth < 0) {
            throw new IllegalArgumentException("a history needs at least 1 partnership, 3 to 12 organisations"
                    + " and 1 month; got " + partnerships + ", " + organisations + ", " + months);
        }
    }

    /** A primary care network of seven organisations over the year before {@code today}. */
    public static HistorySpec demo(LocalDate today) {
        return new HistorySpec(2026, 1, 7, 12, 9, today.minusMonths(12).withDayOfMonth(1));
    }
}
