package io.commitments.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

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
            String schema = flyway.getConfiguration().getUrl() + "/" + String.join(",", flyway.getConfiguration().getSchemas());
            if (CLEANED.add(schema)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
