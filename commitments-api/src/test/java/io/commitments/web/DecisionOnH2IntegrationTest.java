package io.commitments.web;

import io.commitments.support.AbstractH2IntegrationTest;

class DecisionOnH2IntegrationTest extends AbstractH2IntegrationTest implements DecisionContract {
}
