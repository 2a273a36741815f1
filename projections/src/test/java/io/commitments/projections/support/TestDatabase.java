package io.commitments.projections.support;

import io.commitments.projections.ViewTables;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The databases projection tests run on: every projection's SQL must work on the embedded default and on
 * PostgreSQL. Use with {@code @ParameterizedClass @EnumSource(TestDatabase.class)} and call
 * {@link #freshSchema()} before each test. PostgreSQL comes from {@code COMMITMENTS_TEST_DB_URL} (default
 * 127.0.0.1:5432/test); without it the PostgreSQL run is skipped, except under {@code CI=true}.
 */
public enum TestDatabase {

    H2 {
        @Override
        DataSource dataSource() {
            return new DriverManagerDataSource("jdbc:h2:mem:projections-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        }
    },

    POSTGRES {
        @Override
        DataSource dataSource() {
            String url = env("COMMITMENTS_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
            DriverManagerDataSource dataSource = new DriverManagerDataSource(
                    url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
                    env("COMMITMENTS_TEST_DB_USER", "postgres"), env("COMMITMENTS_TEST_DB_PASSWORD", ""));
            try (Connection ignored = dataSource.getConnection()) {
                return dataSource;
            } catch (SQLException unreachable) {
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new IllegalStateException("PostgreSQL at " + url + " is not reachable under CI", unreachable);
                }
                System.err.println("SKIPPING PostgreSQL projection tests: " + unreachable.getMessage());
                Assumptions.abort("PostgreSQL at " + url + " is not reachable");
                return null;
            }
        }
    };

    private static final String SCHEMA = "it_" + UUID.nameUUIDFromBytes(
            System.getProperty("user.dir").getBytes(StandardCharsets.UTF_8)).toString().substring(0, 8);

    abstract DataSource dataSource();

    /** An empty schema with the projections' tables, freshly migrated by their Flyway scripts. */
    public Schema freshSchema() {
        DataSource dataSource = dataSource();
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/projections")
                .schemas(this == POSTGRES ? SCHEMA : "PUBLIC".toLowerCase())
                .createSchemas(true)
                .cleanDisabled(false)
                .load();
        flyway.clean();
        flyway.migrate();
        return new Schema(dataSource);
    }

    /** A migrated schema: its tables as the views' handlers reach them, plain SQL, and transactions on it. */
    public record Schema(DataSource dataSource) {

        public ViewTables tables() {
            return new ViewTables(dataSource);
        }

        public JdbcClient jdbc() {
            return JdbcClient.create(dataSource);
        }

        public TransactionTemplate transactions() {
            return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
