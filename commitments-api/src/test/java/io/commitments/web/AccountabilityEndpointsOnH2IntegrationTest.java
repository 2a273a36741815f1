package io.commitments.web;

import io.commitments.support.AbstractH2IntegrationTest;

class AccountabilityEndpointsOnH2IntegrationTest extends AbstractH2IntegrationTest
        implements AccountabilityEndpointsContract {
}
