package io.commitments.web;

import io.commitments.core.api.partnership.IsParticipantQuery;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.person.Role;
import io.commitments.security.AuthenticatedPerson;
import io.commitments.security.CurrentActor;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Only those who take part in a partnership see its data: its coordinators and the people of its member
 * organisations (former members keep seeing the history they were part of). Administrators and auditors
 * see every partnership.
 */
@Component
public class PartnershipAccess {

    private final QueryGateway queries;
    private final CurrentActor current;

    PartnershipAccess(QueryGateway queries, CurrentActor current) {
        this.queries = queries;
        this.current = current;
    }

    public boolean canRead(PartnershipId partnership) {
        AuthenticatedPerson person = current.person();
        if (person.hasRole(Role.ADMIN) || person.hasRole(Role.AUDITOR)) {
            return true;
        }
        return Boolean.TRUE.equals(queries.query(
                new IsParticipantQuery(partnership, person.personId(), person.organisationId()), Boolean.class).join());
    }

    /** Refuses with 403 when the signed-in person takes no part in the partnership. */
    void requireReadable(PartnershipId partnership) {
        if (!canRead(partnership)) {
            throw new NotParticipantException(partnership);
        }
    }

    static final class NotParticipantException extends RuntimeException {
        NotParticipantException(PartnershipId partnership) {
            super("you take no part in partnership " + partnership);
        }
    }
}
