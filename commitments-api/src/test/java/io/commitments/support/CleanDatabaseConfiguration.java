package io.commitments.support;

import org.flywaydb.core.api.configuration.Configuration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A test run starts from an empty, freshly migrated schema. Each schema is cleaned once per run: a later
 * test context on the same schema must not drop the tables under a cached context that is still running.
 */
@TestConfiguration(proxyBeanMethods = false)
class CleanDatabaseConfiguration {

    private static final Set<String> CLEANED = ConcurrentHashMap.newKeySet();

    @Bean
    FlywayMigrationStrategy cleanOnceThenMigrate() {
        return flyway -> {
            if (CLEANED.add(database(flyway.getConfiguration()))) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }

    /**
     * Which database and schema a context migrates. Flyway is given a DataSource, so its configured URL is null:
     * the connection's own URL (an H2 file, a PostgreSQL schema) tells the contexts' databases apart.
     */
    private static String database(Configuration configuration) {
        try (Connection connection = configuration.getDataSource().getConnection()) {
            return connection.getMetaData().getURL() + "/" + configuration.getDefaultSchema() + "/"
                    + String.join(",", configuration.getSchemas());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database the tests migrate", e);
        }
    }
}
