package io.commitments.web;

import io.commitments.support.AbstractPostgresIntegrationTest;

class MeetingOnPostgresIntegrationTest extends AbstractPostgresIntegrationTest implements MeetingContract {
}
