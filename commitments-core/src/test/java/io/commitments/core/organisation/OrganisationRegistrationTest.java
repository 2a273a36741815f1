package io.commitments.core.organisation;

import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.organisation.OrganisationRegisteredEvent;
import io.commitments.core.api.organisation.RegisterOrganisationCommand;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class OrganisationRegistrationTest {

    private static final OrganisationId SURGERY = OrganisationId.random();

    private final AggregateTestFixture<Organisation> fixture = new AggregateTestFixture<>(Organisation.class);

    @Test
    void organisationIsRegisteredWithItsTrimmedName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisationCommand(SURGERY, " Riverside Surgery "))
                .expectEvents(new OrganisationRegisteredEvent(SURGERY, "Riverside Surgery"));
    }

    @Test
    void organisationNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisationCommand(SURGERY, ""))
                .expectNoEvents()
                .expectException(InvalidCommandException.class);
    }

    @Test
    void organisationNameIsAtMostTwoHundredCharacters() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisationCommand(SURGERY, "x".repeat(201)))
                .expectNoEvents()
                .expectExceptionMessage("name must be at most 200 characters");
    }
}
