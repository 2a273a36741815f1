package io.commitments.deadline;

import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.core.membership.MembershipRegistry;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.List;

/**
 * Membership is not what the deadline tests are about: the nodes they start treat every organisation as a
 * member so a commitment can be requested without first building a partnership's roll.
 */
@TestConfiguration(proxyBeanMethods = false)
class EveryOrganisationIsAMember {

    @Bean
    MembershipRegistry permissiveMembershipRegistry() {
        return new MembershipRegistry() {
            @Override
            public boolean isMember(PartnershipId partnership, OrganisationId organisation) {
                return true;
            }

            @Override
            public boolean isCoordinator(PartnershipId partnership, PersonId person) {
                return false;
            }

            @Override
            public List<CommitmentId> openCommitmentsPerformedBy(PartnershipId partnership,
                                                                 OrganisationId organisation) {
                return List.of();
            }
        };
    }
}
