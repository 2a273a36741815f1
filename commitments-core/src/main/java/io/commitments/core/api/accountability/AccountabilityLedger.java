package io.commitments.core.api.accountability;

import io.commitments.core.api.partnership.PartnershipId;

import java.time.LocalDate;
import java.util.List;

/** Per organisation and per person, who kept what they promised in a partnership between two dates. */
public record AccountabilityLedger(PartnershipId partnershipId,
                                   LocalDate from,
                                   LocalDate to,
                                   List<OrganisationAccountability> organisations,
                                   List<PersonAccountability> people) {

    public AccountabilityLedger {
        organisations = List.copyOf(organisations);
        people = List.copyOf(people);
    }
}
