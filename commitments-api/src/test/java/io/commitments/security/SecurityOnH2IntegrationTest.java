package io.commitments.security;

import io.commitments.support.AbstractH2IntegrationTest;

class SecurityOnH2IntegrationTest extends AbstractH2IntegrationTest implements SecurityContract {
}
