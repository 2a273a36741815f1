package io.commitments.audit;

import io.commitments.support.AbstractPostgresIntegrationTest;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "commitments.deadlines.execute=false")
class AsOfOnPostgresIntegrationTest extends AbstractPostgresIntegrationTest implements AsOfContract {
}
