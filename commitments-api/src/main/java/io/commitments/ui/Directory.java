package io.commitments.ui;

import io.commitments.core.api.organisation.FindOrganisationsQuery;
import io.commitments.core.api.organisation.OrganisationSummary;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Names for the ids the views hold: organisations from their directory, people from their accounts. */
@Component
class Directory {

    private final QueryGateway queries;
    private final JdbcClient jdbc;

    Directory(QueryGateway queries, JdbcClient jdbc) {
        this.queries = queries;
        this.jdbc = jdbc;
    }

    /** Names of one request's page: read once, then looked up as the page is rendered. */
    Names names() {
        Map<OrganisationId, String> organisations = new HashMap<>();
        queries.query(new FindOrganisationsQuery(), ResponseTypes.multipleInstancesOf(OrganisationSummary.class))
                .join().forEach(organisation -> organisations.put(organisation.id(), organisation.name()));
        Map<PersonId, String> people = new HashMap<>();
        jdbc.sql("SELECT person_id, display_name FROM person_account")
                .query((row, n) -> Map.entry(PersonId.of(row.getObject(1, UUID.class)), row.getString(2)))
                .list().forEach(entry -> people.put(entry.getKey(), entry.getValue()));
        return new Names(organisations, people);
    }

    /** Looks names up for templates; an unknown id reads as what it is rather than failing the page. */
    public record Names(Map<OrganisationId, String> organisations, Map<PersonId, String> people) {

        public String organisation(OrganisationId id) {
            return id == null ? "" : organisations.getOrDefault(id, "an organisation no longer listed");
        }

        public String person(PersonId id) {
            return id == null ? "the system" : people.getOrDefault(id, "someone");
        }
    }
}
