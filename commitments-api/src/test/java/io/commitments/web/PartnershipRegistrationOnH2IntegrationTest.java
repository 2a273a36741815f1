package io.commitments.web;

import io.commitments.support.AbstractH2IntegrationTest;

class PartnershipRegistrationOnH2IntegrationTest extends AbstractH2IntegrationTest implements PartnershipRegistrationContract {
}
