package io.commitments.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.UUID;

/** Integration tests on the embedded default: an H2 file database in PostgreSQL mode under target/. */
public abstract class AbstractH2IntegrationTest extends AbstractIntegrationTest {

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        String name = "./target/it-h2/commitments-" + UUID.randomUUID();
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE");
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }
}
