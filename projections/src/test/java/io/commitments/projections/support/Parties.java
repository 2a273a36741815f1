package io.commitments.projections.support;

import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The parties of the test partnership: a hospital trust, a GP surgery, a council and a charity, the people
 * who act for them, and a coordinator who acts for no organisation.
 */
public final class Parties {

    public static final PartnershipId PARTNERSHIP = PartnershipId.of("6f1c0a52-0d1e-4c55-9d0e-0b8f4b1d2a01");
    public static final PartnershipId OTHER_PARTNERSHIP = PartnershipId.of("7f1c0a52-0d1e-4c55-9d0e-0b8f4b1d2a02");

    public static final OrganisationId HOSPITAL = OrganisationId.of("a0000000-0000-4000-8000-00000000000a");
    public static final OrganisationId SURGERY = OrganisationId.of("b0000000-0000-4000-8000-00000000000b");
    public static final OrganisationId COUNCIL = OrganisationId.of("c0000000-0000-4000-8000-00000000000c");
    public static final OrganisationId CHARITY = OrganisationId.of("d0000000-0000-4000-8000-00000000000d");

    public static final Actor ANNA = new Actor(PersonId.of("a1000000-0000-4000-8000-00000000000a"), HOSPITAL);
    public static final Actor ALI = new Actor(PersonId.of("a2000000-0000-4000-8000-00000000000a"), HOSPITAL);
    public static final Actor BEN = new Actor(PersonId.of("b1000000-0000-4000-8000-00000000000b"), SURGERY);
    public static final Actor CARA = new Actor(PersonId.of("c1000000-0000-4000-8000-00000000000c"), COUNCIL);
    public static final Actor DEV = new Actor(PersonId.of("d1000000-0000-4000-8000-00000000000d"), CHARITY);
    public static final Actor COORDINATOR = new Actor(PersonId.of("e1000000-0000-4000-8000-00000000000e"), null);

    private Parties() {
    }

    /** Ten in the morning (UTC) of the given ISO date: a working-hours instant on that day. */
    public static Instant on(String isoDate) {
        return LocalDate.parse(isoDate).atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
    }

    public static LocalDate date(String isoDate) {
        return LocalDate.parse(isoDate);
    }
}
