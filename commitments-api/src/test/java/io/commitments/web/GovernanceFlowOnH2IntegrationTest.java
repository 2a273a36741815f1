package io.commitments.web;

import io.commitments.support.AbstractH2IntegrationTest;

class GovernanceFlowOnH2IntegrationTest extends AbstractH2IntegrationTest implements GovernanceFlowContract {
}
