package io.commitments.core.api.accountability;

import io.commitments.core.api.partnership.PartnershipId;

import java.util.List;

/** The ledger's counts per organisation per period: the data of "over time" charts. */
public record AccountabilitySeries(PartnershipId partnershipId,
                                   SeriesInterval interval,
                                   List<OrganisationSeries> organisations) {

    public AccountabilitySeries {
        organisations = List.copyOf(organisations);
    }
}
