package io.commitments.config;

import io.commitments.support.AbstractPostgresIntegrationTest;

class EventStoreWiringOnPostgresIntegrationTest extends AbstractPostgresIntegrationTest implements EventStoreWiringContract {
}
