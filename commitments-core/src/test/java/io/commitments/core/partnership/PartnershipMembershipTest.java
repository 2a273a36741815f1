package io.commitments.core.partnership;

import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.partnership.AppointCoordinatorCommand;
import io.commitments.core.api.partnership.CoordinatorAppointedEvent;
import io.commitments.core.api.partnership.JoinPartnershipCommand;
import io.commitments.core.api.partnership.OpenCommitmentsException;
import io.commitments.core.api.partnership.OrganisationJoinedPartnershipEvent;
import io.commitments.core.api.partnership.OrganisationWithdrewFromPartnershipEvent;
import io.commitments.core.api.partnership.WithdrawFromPartnershipCommand;
import io.commitments.core.api.party.PersonId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.commitments.core.partnership.Parties.ADMIN;
import static io.commitments.core.partnership.Parties.COUNCIL;
import static io.commitments.core.partnership.Parties.HOSPITAL;
import static io.commitments.core.partnership.Parties.PARTNERSHIP;
import static io.commitments.core.partnership.Parties.SURGERY;
import static io.commitments.core.partnership.Parties.uuid;
import static io.commitments.core.partnership.PartnershipHistories.joined;
import static io.commitments.core.partnership.PartnershipHistories.registered;
import static io.commitments.core.partnership.PartnershipHistories.withMembers;
import static io.commitments.core.partnership.PartnershipHistories.withdrew;
import static io.commitments.core.partnership.ErrorMatchers.ruleViolation;

class PartnershipMembershipTest {

    private static final CommitmentId FIRST_OPEN = CommitmentId.of(uuid("commitment-1"));
    private static final CommitmentId SECOND_OPEN = CommitmentId.of(uuid("commitment-2"));

    private FixtureConfiguration<Partnership> fixture;
    private FakeMembershipRegistry registry;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partnership.class);
        registry = new FakeMembershipRegistry();
        fixture.registerInjectableResource(registry);
    }

    @Test
    void organisationJoinsAPartnership() {
        fixture.given(registered())
                .when(new JoinPartnershipCommand(PARTNERSHIP, COUNCIL, ADMIN))
                .expectEvents(new OrganisationJoinedPartnershipEvent(PARTNERSHIP, COUNCIL, ADMIN));
    }

    @Test
    void joiningAgainAsACurrentMemberChangesNothing() {
        fixture.given(registered(), joined(COUNCIL))
                .when(new JoinPartnershipCommand(PARTNERSHIP, COUNCIL, ADMIN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void joiningNeedsAnOrganisation() {
        fixture.given(registered())
                .when(new JoinPartnershipCommand(PARTNERSHIP, null, ADMIN))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("organisationId is required");
    }

    @Test
    void memberWithoutOpenCommitmentsCanWithdrawWithReason() {
        fixture.given(withMembers(COUNCIL, HOSPITAL))
                .when(new WithdrawFromPartnershipCommand(PARTNERSHIP, HOSPITAL, "merged into the trust", ADMIN))
                .expectEvents(new OrganisationWithdrewFromPartnershipEvent(PARTNERSHIP, HOSPITAL,
                        "merged into the trust", ADMIN));
    }

    @Test
    void withdrawalNeedsAReason() {
        fixture.given(withMembers(COUNCIL, HOSPITAL))
                .when(new WithdrawFromPartnershipCommand(PARTNERSHIP, HOSPITAL, "  ", ADMIN))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("reason is required");
    }

    @Test
    void memberCannotWithdrawWhilePerformingOpenCommitments() {
        registry.openCommitments(PARTNERSHIP, HOSPITAL, FIRST_OPEN, SECOND_OPEN);

        fixture.given(withMembers(COUNCIL, HOSPITAL))
                .when(new WithdrawFromPartnershipCommand(PARTNERSHIP, HOSPITAL, "merged into the trust", ADMIN))
                .expectNoEvents()
                .expectException(ruleViolation(new OpenCommitmentsException(PARTNERSHIP, HOSPITAL,
                        List.of(FIRST_OPEN, SECOND_OPEN))))
                .expectException(new TypeSafeMatcher<OpenCommitmentsException>() {
                    @Override
                    protected boolean matchesSafely(OpenCommitmentsException refusal) {
                        return refusal.openCommitments().equals(List.of(FIRST_OPEN, SECOND_OPEN))
                                && refusal.code().equals("partnership.member-has-open-commitments");
                    }

                    @Override
                    public void describeTo(Description description) {
                        description.appendText("a refusal listing " + List.of(FIRST_OPEN, SECOND_OPEN));
                    }
                });
    }

    @Test
    void openCommitmentsOfAnotherMemberDoNotHoldBackAWithdrawal() {
        registry.openCommitments(PARTNERSHIP, COUNCIL, FIRST_OPEN);

        fixture.given(withMembers(COUNCIL, HOSPITAL))
                .when(new WithdrawFromPartnershipCommand(PARTNERSHIP, HOSPITAL, "merged into the trust", ADMIN))
                .expectEvents(new OrganisationWithdrewFromPartnershipEvent(PARTNERSHIP, HOSPITAL,
                        "merged into the trust", ADMIN));
    }

    @Test
    void organisationThatNeverJoinedCannotWithdraw() {
        fixture.given(withMembers(COUNCIL))
                .when(new WithdrawFromPartnershipCommand(PARTNERSHIP, SURGERY, "never mind", ADMIN))
                .expectNoEvents()
                .expectException(ruleViolation(PartnershipViolations.notAMember(PARTNERSHIP, SURGERY)));
    }

    @Test
    void withdrawingAgainChangesNothing() {
        fixture.given(registered(), joined(COUNCIL), withdrew(COUNCIL, "merged"))
                .when(new WithdrawFromPartnershipCommand(PARTNERSHIP, COUNCIL, "merged", ADMIN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void withdrawnOrganisationCanRejoinAsANewMembership() {
        fixture.given(registered(), joined(COUNCIL), withdrew(COUNCIL, "merged"))
                .when(new JoinPartnershipCommand(PARTNERSHIP, COUNCIL, ADMIN))
                .expectEvents(new OrganisationJoinedPartnershipEvent(PARTNERSHIP, COUNCIL, ADMIN));
    }

    @Test
    void coordinatorIsAppointed() {
        PersonId person = PersonId.of(uuid("network manager"));
        fixture.given(registered())
                .when(new AppointCoordinatorCommand(PARTNERSHIP, person, ADMIN))
                .expectEvents(new CoordinatorAppointedEvent(PARTNERSHIP, person, ADMIN));
    }

    @Test
    void appointingACoordinatorAgainChangesNothing() {
        fixture.given(withMembers(COUNCIL))
                .when(new AppointCoordinatorCommand(PARTNERSHIP, Parties.COORDINATOR.person(), ADMIN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
