package io.commitments.web;

import io.commitments.support.AbstractPostgresIntegrationTest;

class CommitmentEndpointsOnPostgresIntegrationTest extends AbstractPostgresIntegrationTest
        implements CommitmentEndpointsContract {
}
