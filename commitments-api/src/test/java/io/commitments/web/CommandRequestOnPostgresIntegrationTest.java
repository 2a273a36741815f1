package io.commitments.web;

import io.commitments.support.AbstractPostgresIntegrationTest;

class CommandRequestOnPostgresIntegrationTest extends AbstractPostgresIntegrationTest implements CommandRequestContract {
}
