package io.commitments.projections.organisation;

import io.commitments.core.api.organisation.FindOrganisationQuery;
import io.commitments.core.api.organisation.FindOrganisationsQuery;
import io.commitments.core.api.organisation.OrganisationRegisteredEvent;
import io.commitments.core.api.organisation.OrganisationSummary;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.projections.ViewTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every registered organisation: the list behind {@code GET /api/organisations}. */
@Component
@ProcessingGroup(OrganisationDirectoryProjection.PROCESSING_GROUP)
public class OrganisationDirectoryProjection {

    public static final String PROCESSING_GROUP = "organisation-directory";

    private final ViewTables tables;

    public OrganisationDirectoryProjection(ViewTables tables) {
        this.tables = tables;
    }

    @EventHandler
    void on(OrganisationRegisteredEvent event, @Timestamp Instant registeredAt) {
        tables.write("""
                        INSERT INTO organisation_directory (organisation_id, name, registered_at)
                        VALUES (:id, :name, :registeredAt)""")
                .param("id", event.organisationId().value())
                .param("name", event.name())
                .param("registeredAt", java.sql.Timestamp.from(registeredAt))
                .update();
    }

    @ResetHandler
    void reset() {
        tables.write("DELETE FROM organisation_directory").update();
    }

    @QueryHandler
    List<OrganisationSummary> handle(FindOrganisationsQuery query) {
        return tables.read("SELECT * FROM organisation_directory ORDER BY name, organisation_id")
                .query(OrganisationDirectoryProjection::summary)
                .list();
    }

    @QueryHandler
    Optional<OrganisationSummary> handle(FindOrganisationQuery query) {
        return tables.read("SELECT * FROM organisation_directory WHERE organisation_id = :id")
                .param("id", query.organisationId().value())
                .query(OrganisationDirectoryProjection::summary)
                .optional();
    }

    private static OrganisationSummary summary(ResultSet row, int rowNumber) throws SQLException {
        return new OrganisationSummary(
                OrganisationId.of(row.getObject("organisation_id", UUID.class)),
                row.getString("name"),
                row.getTimestamp("registered_at").toInstant());
    }
}
