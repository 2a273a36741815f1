package io.commitments.config;

import io.commitments.support.AbstractPostgresIntegrationTest;

class ProjectionRebuildOnPostgresIntegrationTest extends AbstractPostgresIntegrationTest implements ProjectionRebuildContract {
}
