package io.commitments.core.api.accountability;

import java.time.LocalDate;

/** The counts of one period of a series, its first and last day inclusive. */
public record AccountabilityPeriod(LocalDate start, LocalDate end, AccountabilityCounts counts) {
}
