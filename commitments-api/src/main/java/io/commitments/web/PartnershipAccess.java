package io.commitments.web;

import io.commitments.core.api.partnership.ParticipationQuery;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.PartnershipsTakenPartInQuery;
import io.commitments.core.api.person.Role;
import io.commitments.security.AuthenticatedPerson;
import io.commitments.security.CurrentActor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

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
        return seesEveryPartnership(person) || participation(partnership, person) == ParticipationQuery.Answer.PARTICIPANT;
    }

    /** Which of any number of partnerships the signed-in person may read, found out with one query. */
    public Predicate<PartnershipId> readable() {
        AuthenticatedPerson person = current.person();
        if (seesEveryPartnership(person)) {
            return partnership -> true;
        }
        Set<PartnershipId> takenPartIn = new HashSet<>(queries.query(
                new PartnershipsTakenPartInQuery(person.personId(), person.organisationId()),
                ResponseTypes.multipleInstancesOf(PartnershipId.class)).join());
        return takenPartIn::contains;
    }

    /** Refuses with 403 when the signed-in person takes no part in the partnership. */
    void requireReadable(PartnershipId partnership) {
        if (!canRead(partnership)) {
            throw new NotParticipantException(partnership);
        }
    }

    /** Refuses with 404 when there is no such partnership, then with 403 as {@link #requireReadable} does. */
    void requireExistingAndReadable(PartnershipId partnership) {
        AuthenticatedPerson person = current.person();
        ParticipationQuery.Answer answer = participation(partnership, person);
        if (answer == ParticipationQuery.Answer.NO_SUCH_PARTNERSHIP) {
            throw new NotFoundException("partnership.not-found", "no partnership " + partnership);
        }
        if (answer == ParticipationQuery.Answer.NOT_PARTICIPANT && !seesEveryPartnership(person)) {
            throw new NotParticipantException(partnership);
        }
    }

    private ParticipationQuery.Answer participation(PartnershipId partnership, AuthenticatedPerson person) {
        return queries.query(new ParticipationQuery(partnership, person.personId(), person.organisationId()),
                ParticipationQuery.Answer.class).join();
    }

    private static boolean seesEveryPartnership(AuthenticatedPerson person) {
        return person.hasRole(Role.ADMIN) || person.hasRole(Role.AUDITOR);
    }

    static final class NotParticipantException extends RuntimeException {
        NotParticipantException(PartnershipId partnership) {
            super("you take no part in partnership " + partnership);
        }
    }
}
