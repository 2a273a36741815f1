package io.commitments.web;

import io.commitments.support.AbstractPostgresIntegrationTest;

class DecisionOnPostgresIntegrationTest extends AbstractPostgresIntegrationTest implements DecisionContract {
}
