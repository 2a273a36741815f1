package io.commitments.web;

import io.commitments.core.api.partnership.FindPartnershipQuery;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.PartnershipSummary;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * A partnership named in a path: 404 when there is none, 403 when the signed-in person takes no part in it
 * (see {@link PartnershipAccess}).
 */
@Component
class ReadablePartnerships {

    private final QueryGateway queries;
    private final PartnershipAccess access;

    ReadablePartnerships(QueryGateway queries, PartnershipAccess access) {
        this.queries = queries;
        this.access = access;
    }

    PartnershipId require(UUID partnershipId) {
        PartnershipId partnership = PartnershipId.of(partnershipId);
        if (queries.query(new FindPartnershipQuery(partnership),
                ResponseTypes.optionalInstanceOf(PartnershipSummary.class)).join().isEmpty()) {
            throw new NotFoundException("partnership.not-found", "no partnership " + partnershipId);
        }
        access.requireReadable(partnership);
        return partnership;
    }

    void requireReadable(PartnershipId partnership) {
        access.requireReadable(partnership);
    }
}
