package io.commitments.web;

import io.commitments.core.api.partnership.FindPartnershipsQuery;
import io.commitments.core.api.partnership.ParticipationQuery;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.PartnershipSummary;
import io.commitments.core.api.partnership.PartnershipsTakenPartInQuery;
import io.commitments.core.api.person.Role;
import io.commitments.security.AuthenticatedPerson;
import io.commitments.security.CurrentActor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.UUID;

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

    /** The partnerships the signed-in person may read, with one query for which they take part in. */
    public List<PartnershipSummary> readablePartnerships() {
        List<PartnershipSummary> all = queries.query(new FindPartnershipsQuery(),
                ResponseTypes.multipleInstancesOf(PartnershipSummary.class)).join();
        AuthenticatedPerson person = current.person();
        if (seesEveryPartnership(person)) {
            return all;
        }
        Set<PartnershipId> takenPartIn = new HashSet<>(queries.query(
                new PartnershipsTakenPartInQuery(person.personId(), person.organisationId()),
                ResponseTypes.multipleInstancesOf(PartnershipId.class)).join());
        return all.stream().filter(partnership -> takenPartIn.contains(partnership.id())).toList();
    }

    /** Refuses with 403 when the signed-in person takes no part in the partnership. */
    void requireReadable(PartnershipId partnership) {
        if (!canRead(partnership)) {
            throw new NotParticipantException(partnership);
        }
    }

    /**
     * A partnership named in a path: refuses with 404 when there is none, then with 403 as {@link #requireReadable}
     * does.
     */
    PartnershipId require(UUID partnershipId) {
        PartnershipId partnership = PartnershipId.of(partnershipId);
        AuthenticatedPerson person = current.person();
        ParticipationQuery.Answer answer = participation(partnership, person);
        if (answer == ParticipationQuery.Answer.NO_SUCH_PARTNERSHIP) {
            throw new NotFoundException("partnership.not-found", "no partnership " + partnershipId);
        }
        if (answer == ParticipationQuery.Answer.NOT_PARTICIPANT && !seesEveryPartnership(person)) {
            throw new NotParticipantException(partnership);
        }
        return partnership;
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
