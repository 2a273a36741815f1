package io.commitments.config;

import io.commitments.support.AbstractH2IntegrationTest;

class ProjectionRebuildOnH2IntegrationTest extends AbstractH2IntegrationTest implements ProjectionRebuildContract {
}
