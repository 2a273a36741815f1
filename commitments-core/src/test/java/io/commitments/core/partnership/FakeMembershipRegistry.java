package io.commitments.core.partnership;

import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.core.membership.MembershipRegistry;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An in-memory {@link MembershipRegistry} that tests fill with the facts a rule needs. */
public final class FakeMembershipRegistry implements MembershipRegistry {

    private record Pair(PartnershipId partnership, Object party) {
    }

    private final Set<Pair> members = new HashSet<>();
    private final Set<Pair> coordinators = new HashSet<>();
    private final Map<Pair, List<CommitmentId>> openCommitments = new HashMap<>();

    public FakeMembershipRegistry members(PartnershipId partnership, OrganisationId... organisations) {
        for (OrganisationId organisation : organisations) {
            members.add(new Pair(partnership, organisation));
        }
        return this;
    }

    public FakeMembershipRegistry coordinator(PartnershipId partnership, PersonId person) {
        coordinators.add(new Pair(partnership, person));
        return this;
    }

    public FakeMembershipRegistry openCommitments(PartnershipId partnership, OrganisationId organisation,
                                                  CommitmentId... commitments) {
        openCommitments.put(new Pair(partnership, organisation), List.of(commitments));
        return this;
    }

    @Override
    public boolean isMember(PartnershipId partnership, OrganisationId organisation) {
        return members.contains(new Pair(partnership, organisation));
    }

    @Override
    public boolean isCoordinator(PartnershipId partnership, PersonId person) {
        return coordinators.contains(new Pair(partnership, person));
    }

    @Override
    public List<CommitmentId> openCommitmentsPerformedBy(PartnershipId partnership, OrganisationId organisation) {
        return openCommitments.getOrDefault(new Pair(partnership, organisation), List.of());
    }
}
