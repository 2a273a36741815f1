package io.commitments.config;

import io.commitments.support.AbstractPostgresIntegrationTest;

class EventGapOnPostgresIntegrationTest extends AbstractPostgresIntegrationTest implements EventGapContract {
}
