package io.commitments.web;

import io.commitments.core.api.partnership.PartnershipId;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * A partnership named in a path: 404 when there is none, 403 when the signed-in person takes no part in it
 * (see {@link PartnershipAccess}).
 */
@Component
class ReadablePartnerships {

    private final PartnershipAccess access;

    ReadablePartnerships(PartnershipAccess access) {
        this.access = access;
    }

    PartnershipId require(UUID partnershipId) {
        PartnershipId partnership = PartnershipId.of(partnershipId);
        access.requireExistingAndReadable(partnership);
        return partnership;
    }

    void requireReadable(PartnershipId partnership) {
        access.requireReadable(partnership);
    }
}
