package io.commitments.projections.organisation;

import io.commitments.core.api.organisation.FindOrganisationQuery;
import io.commitments.core.api.organisation.FindOrganisationsQuery;
import io.commitments.core.api.organisation.OrganisationRegisteredEvent;
import io.commitments.core.api.organisation.OrganisationSummary;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.projections.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class OrganisationDirectoryProjectionTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    @Parameter
    TestDatabase database;

    private OrganisationDirectoryProjection projection;

    @BeforeEach
    void setUp() {
        projection = new OrganisationDirectoryProjection(database.freshSchema().tables());
    }

    @Test
    void organisationsAreListedByName() {
        OrganisationId riverside = OrganisationId.random();
        OrganisationId hillside = OrganisationId.random();
        projection.on(new OrganisationRegisteredEvent(riverside, "Riverside Surgery"), MONDAY);
        projection.on(new OrganisationRegisteredEvent(hillside, "Hillside Practice"), MONDAY.plusSeconds(60));

        assertThat(projection.handle(new FindOrganisationsQuery())).containsExactly(
                new OrganisationSummary(hillside, "Hillside Practice", MONDAY.plusSeconds(60)),
                new OrganisationSummary(riverside, "Riverside Surgery", MONDAY));
    }

    @Test
    void oneOrganisationIsFoundByIdAndAnUnknownOneIsNot() {
        OrganisationId riverside = OrganisationId.random();
        projection.on(new OrganisationRegisteredEvent(riverside, "Riverside Surgery"), MONDAY);

        assertThat(projection.handle(new FindOrganisationQuery(riverside)))
                .contains(new OrganisationSummary(riverside, "Riverside Surgery", MONDAY));
        assertThat(projection.handle(new FindOrganisationQuery(OrganisationId.random()))).isEmpty();
    }

    @Test
    void resetEmptiesTheDirectoryForAReplay() {
        projection.on(new OrganisationRegisteredEvent(OrganisationId.random(), "Riverside Surgery"), MONDAY);

        projection.reset();

        assertThat(projection.handle(new FindOrganisationsQuery())).isEmpty();
    }
}
