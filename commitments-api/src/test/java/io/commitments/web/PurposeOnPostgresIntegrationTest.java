package io.commitments.web;

import io.commitments.support.AbstractPostgresIntegrationTest;

class PurposeOnPostgresIntegrationTest extends AbstractPostgresIntegrationTest implements PurposeContract {
}
