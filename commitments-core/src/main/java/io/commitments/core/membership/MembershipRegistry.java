package io.commitments.core.membership;

import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;

import java.util.List;

/**
 * Who belongs to which partnership, and which open commitments each member performs there: the facts
 * that rules spanning the Partnership and Commitment aggregates need.
 * <p>
 * Injected into command handlers as a resource. The application's implementation reads a lookup table
 * kept in the same transaction as the events, and every method locks the (partnership, organisation)
 * pair it reads until the command's transaction ends: a commitment made of an organisation and that
 * organisation's withdrawal are thereby serialised, so "an organisation cannot withdraw while it performs
 * open commitments" holds even when both are asked for at the same moment.
 */
public interface MembershipRegistry {

    /** Whether the organisation is a current (joined, not withdrawn) member; locks the pair. */
    boolean isMember(PartnershipId partnership, OrganisationId organisation);

    /** Whether the person is an appointed coordinator of the partnership. */
    boolean isCoordinator(PartnershipId partnership, PersonId person);

    /**
     * The commitments in the partnership that the organisation performs and that are still open
     * (requested, offered, countered, promised or completion reported); locks the pair.
     */
    List<CommitmentId> openCommitmentsPerformedBy(PartnershipId partnership, OrganisationId organisation);
}
