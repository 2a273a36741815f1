package io.commitments.deadline;

import io.commitments.support.AbstractH2IntegrationTest;

class DeadlineCancellationOnH2IntegrationTest extends AbstractH2IntegrationTest implements DeadlineCancellationContract {
}
