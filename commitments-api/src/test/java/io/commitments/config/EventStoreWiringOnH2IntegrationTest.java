package io.commitments.config;

import io.commitments.support.AbstractH2IntegrationTest;

class EventStoreWiringOnH2IntegrationTest extends AbstractH2IntegrationTest implements EventStoreWiringContract {
}
