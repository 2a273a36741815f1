package io.commitments.web;

import io.commitments.support.AbstractPostgresIntegrationTest;

class MembershipOnPostgresIntegrationTest extends AbstractPostgresIntegrationTest implements MembershipContract {
}
