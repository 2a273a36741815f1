package io.commitments.config;

import io.commitments.support.AbstractPostgresIntegrationTest;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "commitments.deadlines.execute=false")
class ProjectionRebuildOnPostgresIntegrationTest extends AbstractPostgresIntegrationTest implements ProjectionRebuildContract {
}
