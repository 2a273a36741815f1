package io.commitments.web;

import io.commitments.support.AbstractH2IntegrationTest;

class CommitmentEndpointsOnH2IntegrationTest extends AbstractH2IntegrationTest implements CommitmentEndpointsContract {
}
