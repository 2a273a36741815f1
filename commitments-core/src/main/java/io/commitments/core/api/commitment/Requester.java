package io.commitments.core.api.commitment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.commitments.core.api.decision.DecisionId;
import io.commitments.core.api.party.OrganisationId;

/**
 * Who asked for a commitment. With an {@code organisation}, a member organisation asked and its people
 * speak for the requester. Without one, the partnership itself asked, through the {@code decision} whose
 * action it is when that is set, or as the recipient of an offer; its coordinators then speak for it.
 */
public record Requester(OrganisationId organisation, DecisionId decision) {

    public static Requester byMember(OrganisationId organisation) {
        return new Requester(organisation, null);
    }

    public static Requester byDecision(DecisionId decision) {
        return new Requester(null, decision);
    }

    public static Requester byPartnership() {
        return new Requester(null, null);
    }

    /** Whether the partnership itself (its coordinators) is the requester rather than one member. */
    @JsonIgnore
    public boolean isPartnership() {
        return organisation == null;
    }
}
