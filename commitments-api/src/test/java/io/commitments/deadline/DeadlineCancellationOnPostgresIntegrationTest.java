package io.commitments.deadline;

import io.commitments.support.AbstractPostgresIntegrationTest;

class DeadlineCancellationOnPostgresIntegrationTest extends AbstractPostgresIntegrationTest
        implements DeadlineCancellationContract {
}
