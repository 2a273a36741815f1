package io.commitments.projections.membership;

import io.commitments.core.api.commitment.CommitmentDeclinedEvent;
import io.commitments.core.api.commitment.CommitmentHandOverAcceptedEvent;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.CommitmentKeptEvent;
import io.commitments.core.api.commitment.CommitmentOfferedEvent;
import io.commitments.core.api.commitment.CommitmentRequestedEvent;
import io.commitments.core.api.commitment.Requester;
import io.commitments.core.api.partnership.CoordinatorAppointedEvent;
import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.api.partnership.OrganisationJoinedPartnershipEvent;
import io.commitments.core.api.partnership.OrganisationWithdrewFromPartnershipEvent;
import io.commitments.core.api.partnership.ParticipationQuery;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.PartnershipRegisteredEvent;
import io.commitments.core.api.partnership.PartnershipsTakenPartInQuery;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.projections.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class MembershipLookupProjectionTest {

    private static final PartnershipId PARTNERSHIP = PartnershipId.random();
    private static final OrganisationId RIVERSIDE = OrganisationId.random();
    private static final OrganisationId HILLSIDE = OrganisationId.random();
    private static final Actor ADMIN = new Actor(PersonId.random(), null);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 1);

    @Parameter
    TestDatabase database;

    private MembershipLookupProjection lookup;

    @BeforeEach
    void setUp() {
        lookup = new MembershipLookupProjection(database.freshSchema().jdbc());
        lookup.on(new PartnershipRegisteredEvent(PARTNERSHIP, "North Valley PCN", DecisionRule.CONSENT, 2));
        lookup.on(new OrganisationJoinedPartnershipEvent(PARTNERSHIP, RIVERSIDE, ADMIN));
        lookup.on(new OrganisationJoinedPartnershipEvent(PARTNERSHIP, HILLSIDE, ADMIN));
    }

    private CommitmentId requestOf(OrganisationId performer) {
        CommitmentId commitment = CommitmentId.random();
        lookup.on(new CommitmentRequestedEvent(commitment, PARTNERSHIP, Requester.byPartnership(), performer,
                "Share the winter rota", DUE, null, null, ADMIN));
        return commitment;
    }

    @Test
    void joinedOrganisationsAreMembersUntilTheyWithdraw() {
        assertThat(lookup.isMember(PARTNERSHIP, RIVERSIDE)).isTrue();

        lookup.on(new OrganisationWithdrewFromPartnershipEvent(PARTNERSHIP, RIVERSIDE, "merged", ADMIN));

        assertThat(lookup.isMember(PARTNERSHIP, RIVERSIDE)).isFalse();
        assertThat(lookup.isMember(PARTNERSHIP, HILLSIDE)).isTrue();
        assertThat(lookup.isMember(PARTNERSHIP, OrganisationId.random())).isFalse();
        assertThat(lookup.isMember(PartnershipId.random(), HILLSIDE)).isFalse();
    }

    @Test
    void aWithdrawnOrganisationCanRejoin() {
        lookup.on(new OrganisationWithdrewFromPartnershipEvent(PARTNERSHIP, RIVERSIDE, "merged", ADMIN));
        lookup.on(new OrganisationJoinedPartnershipEvent(PARTNERSHIP, RIVERSIDE, ADMIN));

        assertThat(lookup.isMember(PARTNERSHIP, RIVERSIDE)).isTrue();
    }

    @Test
    void appointedCoordinatorsAreKnown() {
        PersonId coordinator = PersonId.random();
        lookup.on(new CoordinatorAppointedEvent(PARTNERSHIP, coordinator, ADMIN));
        lookup.on(new CoordinatorAppointedEvent(PARTNERSHIP, coordinator, ADMIN));

        assertThat(lookup.isCoordinator(PARTNERSHIP, coordinator)).isTrue();
        assertThat(lookup.isCoordinator(PARTNERSHIP, PersonId.random())).isFalse();
    }

    @Test
    void coordinatorsAndPeopleOfPresentOrFormerMembersTakePart() {
        PersonId coordinator = PersonId.random();
        lookup.on(new CoordinatorAppointedEvent(PARTNERSHIP, coordinator, ADMIN));
        lookup.on(new OrganisationWithdrewFromPartnershipEvent(PARTNERSHIP, HILLSIDE, "merged", ADMIN));

        assertThat(participation(coordinator, null)).isEqualTo(ParticipationQuery.Answer.PARTICIPANT);
        assertThat(participation(PersonId.random(), RIVERSIDE)).isEqualTo(ParticipationQuery.Answer.PARTICIPANT);
        assertThat(participation(PersonId.random(), HILLSIDE)).isEqualTo(ParticipationQuery.Answer.PARTICIPANT);
        assertThat(participation(PersonId.random(), OrganisationId.random()))
                .isEqualTo(ParticipationQuery.Answer.NOT_PARTICIPANT);
        assertThat(participation(PersonId.random(), null)).isEqualTo(ParticipationQuery.Answer.NOT_PARTICIPANT);
        assertThat(lookup.handle(new ParticipationQuery(PartnershipId.random(), coordinator, RIVERSIDE)))
                .isEqualTo(ParticipationQuery.Answer.NO_SUCH_PARTNERSHIP);
    }

    private ParticipationQuery.Answer participation(PersonId person, OrganisationId organisation) {
        return lookup.handle(new ParticipationQuery(PARTNERSHIP, person, organisation));
    }

    @Test
    void thePartnershipsTakenPartInAreThoseCoordinatedAndThoseOfTheOrganisation() {
        PartnershipId coordinated = PartnershipId.random();
        PartnershipId left = PartnershipId.random();
        PartnershipId elsewhere = PartnershipId.random();
        PersonId coordinator = PersonId.random();
        for (PartnershipId partnership : List.of(coordinated, left, elsewhere)) {
            lookup.on(new PartnershipRegisteredEvent(partnership, "Partnership", DecisionRule.CONSENT, 2));
        }
        lookup.on(new CoordinatorAppointedEvent(coordinated, coordinator, ADMIN));
        lookup.on(new OrganisationJoinedPartnershipEvent(coordinated, RIVERSIDE, ADMIN));
        lookup.on(new OrganisationJoinedPartnershipEvent(left, RIVERSIDE, ADMIN));
        lookup.on(new OrganisationWithdrewFromPartnershipEvent(left, RIVERSIDE, "merged", ADMIN));
        lookup.on(new OrganisationJoinedPartnershipEvent(elsewhere, HILLSIDE, ADMIN));

        assertThat(lookup.handle(new PartnershipsTakenPartInQuery(coordinator, RIVERSIDE)))
                .containsExactlyInAnyOrder(PARTNERSHIP, coordinated, left);
        assertThat(lookup.handle(new PartnershipsTakenPartInQuery(coordinator, null)))
                .containsExactly(coordinated);
        assertThat(lookup.handle(new PartnershipsTakenPartInQuery(PersonId.random(), HILLSIDE)))
                .containsExactlyInAnyOrder(PARTNERSHIP, elsewhere);
        assertThat(lookup.handle(new PartnershipsTakenPartInQuery(PersonId.random(), null))).isEmpty();
    }

    @Test
    void requestedAndOfferedCommitmentsAreOpenForTheirPerformer() {
        CommitmentId requested = requestOf(RIVERSIDE);
        CommitmentId offered = CommitmentId.random();
        lookup.on(new CommitmentOfferedEvent(offered, PARTNERSHIP, RIVERSIDE, "Host the clinic", DUE, null, null, ADMIN));

        assertThat(lookup.openCommitmentsPerformedBy(PARTNERSHIP, RIVERSIDE))
                .containsExactlyInAnyOrder(requested, offered);
        assertThat(lookup.openCommitmentsPerformedBy(PARTNERSHIP, HILLSIDE)).isEmpty();
    }

    @Test
    void anAcceptedHandOverMovesTheCommitmentToTheNewPerformer() {
        CommitmentId commitment = requestOf(RIVERSIDE);

        lookup.on(new CommitmentHandOverAcceptedEvent(commitment, PARTNERSHIP, RIVERSIDE, HILLSIDE, ADMIN));

        assertThat(lookup.openCommitmentsPerformedBy(PARTNERSHIP, RIVERSIDE)).isEmpty();
        assertThat(lookup.openCommitmentsPerformedBy(PARTNERSHIP, HILLSIDE)).isEqualTo(List.of(commitment));
    }

    @Test
    void endedCommitmentsAreNoLongerOpen() {
        CommitmentId kept = requestOf(RIVERSIDE);
        CommitmentId declined = requestOf(RIVERSIDE);
        CommitmentId stillOpen = requestOf(RIVERSIDE);

        lookup.on(new CommitmentKeptEvent(kept, PARTNERSHIP, Requester.byPartnership(), RIVERSIDE, DUE, true, ADMIN));
        lookup.on(new CommitmentDeclinedEvent(declined, PARTNERSHIP, Requester.byPartnership(), RIVERSIDE, DUE, "no capacity", ADMIN));

        assertThat(lookup.openCommitmentsPerformedBy(PARTNERSHIP, RIVERSIDE)).isEqualTo(List.of(stillOpen));
    }
}
