package io.commitments.web;

import io.commitments.support.AbstractH2IntegrationTest;

class MeetingOnH2IntegrationTest extends AbstractH2IntegrationTest implements MeetingContract {
}
