package io.commitments.web;

import io.commitments.support.AbstractH2IntegrationTest;

class MembershipOnH2IntegrationTest extends AbstractH2IntegrationTest implements MembershipContract {
}
