package io.commitments.web;

import io.commitments.support.AbstractPostgresIntegrationTest;

class AccountabilityEndpointsOnPostgresIntegrationTest extends AbstractPostgresIntegrationTest
        implements AccountabilityEndpointsContract {
}
