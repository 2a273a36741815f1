package io.commitments.core.api.party;

import java.util.Objects;

/**
 * The person who issued a command and the organisation they acted for. The organisation is absent for
 * people who act for no organisation (administrators, coordinators appointed by the partnership itself).
 */
public record Actor(PersonId person, OrganisationId organisation) {

    public Actor {
        Objects.requireNonNull(person, "actor person");
    }

    public boolean actsFor(OrganisationId candidate) {
        return organisation != null && organisation.equals(candidate);
    }
}
