package io.commitments.core.partnership;

import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The cast of the governance tests: one partnership, three member organisations, their people. */
public final class Parties {

    public static final PartnershipId PARTNERSHIP = PartnershipId.of(uuid("partnership"));

    public static final OrganisationId COUNCIL = OrganisationId.of(uuid("council"));
    public static final OrganisationId HOSPITAL = OrganisationId.of(uuid("hospital"));
    public static final OrganisationId SURGERY = OrganisationId.of(uuid("surgery"));
    public static final OrganisationId OUTSIDER = OrganisationId.of(uuid("outsider"));

    public static final Actor ADMIN = new Actor(PersonId.of(uuid("admin")), null);
    public static final Actor COORDINATOR = new Actor(PersonId.of(uuid("coordinator")), null);
    public static final Actor FOR_COUNCIL = new Actor(PersonId.of(uuid("carol")), COUNCIL);
    public static final Actor FOR_HOSPITAL = new Actor(PersonId.of(uuid("harry")), HOSPITAL);
    public static final Actor FOR_SURGERY = new Actor(PersonId.of(uuid("sam")), SURGERY);
    public static final Actor FOR_OUTSIDER = new Actor(PersonId.of(uuid("olga")), OUTSIDER);

    private Parties() {
    }

    public static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    public static Actor actorFor(OrganisationId organisation) {
        if (organisation.equals(COUNCIL)) {
            return FOR_COUNCIL;
        }
        if (organisation.equals(HOSPITAL)) {
            return FOR_HOSPITAL;
        }
        if (organisation.equals(SURGERY)) {
            return FOR_SURGERY;
        }
        return FOR_OUTSIDER;
    }
}
