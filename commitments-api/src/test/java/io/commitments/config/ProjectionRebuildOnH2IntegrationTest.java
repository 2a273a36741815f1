package io.commitments.config;

import io.commitments.support.AbstractH2IntegrationTest;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "commitments.deadlines.execute=false")
class ProjectionRebuildOnH2IntegrationTest extends AbstractH2IntegrationTest implements ProjectionRebuildContract {
}
