package io.commitments.web;

import io.commitments.support.AbstractPostgresIntegrationTest;

class GovernanceFlowOnPostgresIntegrationTest extends AbstractPostgresIntegrationTest implements GovernanceFlowContract {
}
