package io.commitments.membership;

import io.commitments.support.AbstractH2IntegrationTest;

class NoAbdicationOnH2IntegrationTest extends AbstractH2IntegrationTest implements NoAbdicationContract {
}
