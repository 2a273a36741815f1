package io.commitments.web;

import io.commitments.support.AbstractH2IntegrationTest;

class PurposeOnH2IntegrationTest extends AbstractH2IntegrationTest implements PurposeContract {
}
