package io.commitments.core.api.accountability;

import io.commitments.core.api.party.OrganisationId;

import java.util.List;

/**
 * One organisation's counts period by period, every period of the series present (zeros when nothing
 * happened). {@code member} says whether it is a member at the end of the series.
 */
public record OrganisationSeries(OrganisationId organisation, boolean member, List<AccountabilityPeriod> periods) {

    public OrganisationSeries {
        periods = List.copyOf(periods);
    }
}
