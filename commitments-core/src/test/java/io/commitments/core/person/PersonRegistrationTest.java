package io.commitments.core.person;

import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.core.api.person.PersonRegisteredEvent;
import io.commitments.core.api.person.RegisterPersonCommand;
import io.commitments.core.api.person.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;

class PersonRegistrationTest {

    private static final PersonId PERSON = PersonId.random();
    private static final OrganisationId SURGERY = OrganisationId.random();

    private AggregateTestFixture<Person> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Person.class);
    }

    @Test
    void memberIsRegisteredForTheirOrganisation() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPersonCommand(PERSON, "amara", "Amara Okafor", SURGERY, Set.of(Role.MEMBER)))
                .expectEvents(new PersonRegisteredEvent(PERSON, "amara", "Amara Okafor", SURGERY, Set.of(Role.MEMBER)));
    }

    @Test
    void auditorNeedsNoOrganisation() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPersonCommand(PERSON, "audit", "External Audit", null, Set.of(Role.AUDITOR)))
                .expectEvents(new PersonRegisteredEvent(PERSON, "audit", "External Audit", null, Set.of(Role.AUDITOR)));
    }

    @Test
    void memberWithoutOrganisationIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPersonCommand(PERSON, "amara", "Amara Okafor", null, Set.of(Role.MEMBER)))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("a MEMBER acts for an organisation: organisationId is required");
    }

    @Test
    void personNeedsARole() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPersonCommand(PERSON, "amara", "Amara Okafor", SURGERY, Set.of()))
                .expectNoEvents()
                .expectExceptionMessage("roles must name at least one role");
    }

    @Test
    void personNeedsAUsername() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPersonCommand(PERSON, " ", "Amara Okafor", SURGERY, Set.of(Role.MEMBER)))
                .expectNoEvents()
                .expectExceptionMessage("username is required");
    }
}
