package io.commitments.core.commitment;

import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.core.membership.MembershipRegistry;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An in-memory membership registry for one partnership, changed by the tests that need another roll. */
final class Members implements MembershipRegistry {

    private final PartnershipId partnership;
    private final Set<OrganisationId> organisations = new HashSet<>();
    private final Set<PersonId> coordinators = new HashSet<>();

    Members(PartnershipId partnership) {
        this.partnership = partnership;
    }

    Members join(OrganisationId... joining) {
        organisations.addAll(List.of(joining));
        return this;
    }

    Members leave(OrganisationId leaving) {
        organisations.remove(leaving);
        return this;
    }

    Members appoint(PersonId coordinator) {
        coordinators.add(coordinator);
        return this;
    }

    @Override
    public boolean isMember(PartnershipId asked, OrganisationId organisation) {
        return partnership.equals(asked) && organisations.contains(organisation);
    }

    @Override
    public boolean isCoordinator(PartnershipId asked, PersonId person) {
        return partnership.equals(asked) && coordinators.contains(person);
    }

    @Override
    public List<CommitmentId> openCommitmentsPerformedBy(PartnershipId asked, OrganisationId organisation) {
        throw new AssertionError("the Commitment aggregate checks membership only, never open commitments");
    }
}
