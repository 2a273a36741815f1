package io.commitments.membership;

import io.commitments.support.AbstractPostgresIntegrationTest;

class NoAbdicationOnPostgresIntegrationTest extends AbstractPostgresIntegrationTest implements NoAbdicationContract {
}
