package io.commitments.audit;

import io.commitments.support.AbstractH2IntegrationTest;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "commitments.deadlines.execute=false")
class AsOfOnH2IntegrationTest extends AbstractH2IntegrationTest implements AsOfContract {
}
