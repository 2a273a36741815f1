package io.commitments.ui;

import io.commitments.core.api.partnership.FindPartnershipOverviewQuery;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.PartnershipOverview;
import io.commitments.core.api.partnership.PartnershipSummary;
import io.commitments.core.api.person.Role;
import io.commitments.security.AuthenticatedPerson;
import io.commitments.security.CurrentActor;
import io.commitments.web.PartnershipAccess;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who may see a partnership's pages, as for the API: its coordinators and the people of its (former) member
 * organisations; administrators and auditors see every partnership. Also tells the pages who is looking.
 */
@Component
class Participation {

    private final QueryGateway queries;
    private final CurrentActor current;
    private final PartnershipAccess access;

    Participation(QueryGateway queries, CurrentActor current, PartnershipAccess access) {
        this.queries = queries;
        this.current = current;
        this.access = access;
    }

    List<PartnershipSummary> readablePartnerships() {
        return access.readablePartnerships();
    }

    /** The partnership's overview, if the signed-in person may see it; otherwise a "not found" page. */
    PartnershipOverview overview(PartnershipId partnership) {
        PartnershipOverview overview = queries.query(new FindPartnershipOverviewQuery(partnership),
                        ResponseTypes.optionalInstanceOf(PartnershipOverview.class)).join()
                .orElseThrow(() -> new PageNotFoundException("There is no such partnership."));
        if (!access.canRead(partnership)) {
            throw new NotParticipantPageException();
        }
        return overview;
    }

    Viewer viewer(PartnershipOverview overview) {
        AuthenticatedPerson person = current.person();
        boolean coordinator = overview.coordinators().stream()
                .anyMatch(appointment -> appointment.personId().equals(person.personId()));
        boolean mayAct = person.hasRole(Role.ADMIN) || person.hasRole(Role.COORDINATOR) || person.hasRole(Role.MEMBER);
        return new Viewer(person.personId(), person.organisationId(), coordinator, mayAct);
    }

    /** A page for something that does not exist (or that the person may not know of). */
    static final class PageNotFoundException extends RuntimeException {
        PageNotFoundException(String message) {
            super(message);
        }
    }

    /** The person takes no part in the partnership the page is about. */
    static final class NotParticipantPageException extends RuntimeException {
        NotParticipantPageException() {
            super("You take no part in this partnership, so its pages are not shown to you.");
        }
    }
}
