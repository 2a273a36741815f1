package io.commitments.support;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Integration tests on a real PostgreSQL (see {@link TestPostgres}), in a schema of this checkout's own. */
@ExtendWith(PostgresAvailableCondition.class)
public abstract class AbstractPostgresIntegrationTest extends AbstractIntegrationTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::urlWithSchema);
        registry.add("spring.datasource.username", () -> TestPostgres.USER);
        registry.add("spring.datasource.password", () -> TestPostgres.PASSWORD);
        registry.add("spring.flyway.default-schema", () -> TestPostgres.SCHEMA);
        registry.add("spring.flyway.create-schemas", () -> "true");
    }
}
