package io.commitments.support;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Integration tests on a real PostgreSQL (see {@link TestPostgres}), in a schema of the context's own. */
@ExtendWith(PostgresAvailableCondition.class)
public abstract class AbstractPostgresIntegrationTest extends AbstractIntegrationTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String schema = TestPostgres.nextSchema();
        registry.add("spring.datasource.url", () -> TestPostgres.urlWithSchema(schema));
        registry.add("spring.datasource.username", () -> TestPostgres.USER);
        registry.add("spring.datasource.password", () -> TestPostgres.PASSWORD);
        registry.add("spring.flyway.default-schema", () -> schema);
        registry.add("spring.flyway.create-schemas", () -> "true");
    }
}
