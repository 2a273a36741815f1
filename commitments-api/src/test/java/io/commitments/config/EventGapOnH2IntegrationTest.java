package io.commitments.config;

import io.commitments.support.AbstractH2IntegrationTest;

class EventGapOnH2IntegrationTest extends AbstractH2IntegrationTest implements EventGapContract {
}
