package io.commitments.core.partnership;

import io.commitments.core.api.partnership.CoordinatorAppointedEvent;
import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.api.partnership.OrganisationJoinedPartnershipEvent;
import io.commitments.core.api.partnership.OrganisationWithdrewFromPartnershipEvent;
import io.commitments.core.api.partnership.PartnershipRegisteredEvent;
import io.commitments.core.api.party.OrganisationId;

import java.util.ArrayList;
import java.util.List;

import static io.commitments.core.partnership.Parties.ADMIN;
import static io.commitments.core.partnership.Parties.COORDINATOR;
import static io.commitments.core.partnership.Parties.PARTNERSHIP;

/** Object mother for common partnership histories. */
final class PartnershipHistories {

    private PartnershipHistories() {
    }

    static PartnershipRegisteredEvent registered() {
        return new PartnershipRegisteredEvent(PARTNERSHIP, "North Locality Board", DecisionRule.CONSENT, 2);
    }

    static OrganisationJoinedPartnershipEvent joined(OrganisationId organisation) {
        return new OrganisationJoinedPartnershipEvent(PARTNERSHIP, organisation, ADMIN);
    }

    static OrganisationWithdrewFromPartnershipEvent withdrew(OrganisationId organisation, String reason) {
        return new OrganisationWithdrewFromPartnershipEvent(PARTNERSHIP, organisation, reason, ADMIN);
    }

    static CoordinatorAppointedEvent coordinatorAppointed() {
        return new CoordinatorAppointedEvent(PARTNERSHIP, COORDINATOR.person(), ADMIN);
    }

    /** Registered, with the given members joined in order and the coordinator appointed. */
    static List<Object> withMembers(OrganisationId... organisations) {
        List<Object> history = new ArrayList<>();
        history.add(registered());
        for (OrganisationId organisation : organisations) {
            history.add(joined(organisation));
        }
        history.add(coordinatorAppointed());
        return history;
    }
}
