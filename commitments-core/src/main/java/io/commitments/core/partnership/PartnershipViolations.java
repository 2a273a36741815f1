package io.commitments.core.partnership;

import io.commitments.core.api.NotPermittedException;
import io.commitments.core.api.RuleViolationException;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
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

    static NotPermittedException proposerNotAMember(PartnershipId partnership, Actor actor) {
        return new NotPermittedException("purpose.proposer-not-a-member",
                "person " + actor.person() + " cannot propose a purpose for partnership " + partnership
                        + ": they act for no member organisation and are not a coordinator");
    }

    static NotPermittedException endorserNotAMember(PartnershipId partnership, Actor actor) {
        return new NotPermittedException("purpose.endorser-not-a-member",
                "person " + actor.person() + " cannot endorse the purpose of partnership " + partnership
                        + ": they act for no member organisation");
    }

    static RuleViolationException unknownPurposeVersion(PartnershipId partnership, int version) {
        return new RuleViolationException("purpose.unknown-version",
                "partnership " + partnership + " has no purpose version " + version);
    }

    static RuleViolationException purposeVersionSuperseded(PartnershipId partnership, int version, Integer adopted) {
        return new RuleViolationException("purpose.version-superseded",
                "purpose version " + version + " of partnership " + partnership + " cannot be endorsed: it is "
                        + "SUPERSEDED by adopted version " + adopted);
    }

    static NotPermittedException contestantNotAMember(PartnershipId partnership, Actor actor) {
        return new NotPermittedException("contest.not-a-member",
                "person " + actor.person() + " cannot contest a record of partnership " + partnership
                        + ": they act for no member organisation");
    }
}
