package io.commitments.config;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database kept by a release with a processor per view is upgraded so that the new shared processor rebuilds the
 * views from the first event: their rows and the old processors' tokens go, while the membership lookup (kept by
 * the commands, never replayed) and the ledger keep theirs.
 */
class ViewsShareOneProcessorMigrationTest {

    private static final String[] LOCATIONS = {"classpath:db/migration/eventstore", "classpath:db/migration/application",
            "classpath:db/migration/projections"};

    @Test
    void anUpgradedDatabaseHasTheViewsEmptiedAndTheirOldTokensDroppedButKeepsTheLookupAndTheLedger() {
        SingleConnectionDataSource database = new SingleConnectionDataSource("jdbc:h2:mem:upgrade-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", true);
        try {
            Flyway.configure().dataSource(database).locations(LOCATIONS).target("2026.11.30.20").load().migrate();
            JdbcClient jdbc = JdbcClient.create(database);
            jdbc.sql("INSERT INTO organisation_directory (organisation_id, name, registered_at) VALUES (:id, 'Riverside', CURRENT_TIMESTAMP)")
                    .param("id", UUID.randomUUID()).update();
            jdbc.sql("INSERT INTO membership_lookup (partnership_id, organisation_id, status) VALUES (:p, :o, 'ACTIVE')")
                    .param("p", UUID.randomUUID()).param("o", UUID.randomUUID()).update();
            for (String processor : new String[]{"organisation-directory", "commitment-view", "partnership-events", "ledger"}) {
                jdbc.sql("INSERT INTO token_entry (processor_name, segment) VALUES (:name, 0)").param("name", processor).update();
            }

            Flyway.configure().dataSource(database).locations(LOCATIONS).load().migrate();

            assertThat(jdbc.sql("SELECT COUNT(*) FROM organisation_directory").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM membership_lookup").query(Long.class).single()).isOne();
            assertThat(jdbc.sql("SELECT processor_name FROM token_entry").query(String.class).list())
                    .containsExactly("ledger");
        } finally {
            database.destroy();
        }
    }
}
