package io.commitments.ui;

import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;

/**
 * The signed-in person as a partnership's pages see them: the organisation they act for (null for people who
 * act for none), whether they coordinate this partnership, and whether they may act at all (auditors only read).
 */
public record Viewer(PersonId person, OrganisationId organisation, boolean coordinator, boolean mayAct) {

    public boolean actsFor(OrganisationId candidate) {
        return organisation != null && organisation.equals(candidate);
    }

    /** Whether this person may run the partnership's meetings: a coordinator who may act. */
    public boolean chairs() {
        return coordinator && mayAct;
    }

    public Actor actor() {
        return new Actor(person, organisation);
    }
}
