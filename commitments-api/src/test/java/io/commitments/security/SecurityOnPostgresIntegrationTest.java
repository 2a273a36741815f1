package io.commitments.security;

import io.commitments.support.AbstractPostgresIntegrationTest;

class SecurityOnPostgresIntegrationTest extends AbstractPostgresIntegrationTest implements SecurityContract {
}
