package io.commitments.core.partnership;

import io.commitments.core.api.RuleViolationException;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.OrganisationId;

/** The rules a partnership's state can break, with their stable codes and messages. */
final class PartnershipViolations {

    private PartnershipViolations() {
    }

    static RuleViolationException notAMember(PartnershipId partnership, OrganisationId organisation) {
        return new RuleViolationException("partnership.not-a-member",
                "organisation " + organisation + " cannot withdraw from partnership " + partnership
                        + ": it is not a member");
    }
}
