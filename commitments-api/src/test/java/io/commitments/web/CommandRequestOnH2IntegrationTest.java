package io.commitments.web;

import io.commitments.support.AbstractH2IntegrationTest;

class CommandRequestOnH2IntegrationTest extends AbstractH2IntegrationTest implements CommandRequestContract {
}
