package io.commitments.core.api.partnership;

import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;

/**
 * Whether a partnership exists and, if so, whether a person takes part in it: as a coordinator, or by acting
 * for an organisation that is or was a member (a withdrawn member still sees the history it was part of).
 * One question, so that a read checks both with one look at the database. Answered with an {@link Answer}.
 */
public record ParticipationQuery(PartnershipId partnershipId, PersonId personId, OrganisationId organisationId) {

    public enum Answer {
        NO_SUCH_PARTNERSHIP,
        PARTICIPANT,
        NOT_PARTICIPANT
    }
}
