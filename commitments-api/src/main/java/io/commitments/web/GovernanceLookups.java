package io.commitments.web;

import io.commitments.core.api.decision.DecisionId;
import io.commitments.core.api.decision.DecisionRegisterEntry;
import io.commitments.core.api.decision.FindDecisionQuery;
import io.commitments.core.api.meeting.FindMeetingQuery;
import io.commitments.core.api.meeting.FindProposalMeetingQuery;
import io.commitments.core.api.meeting.MeetingId;
import io.commitments.core.api.meeting.MeetingView;
import io.commitments.core.api.meeting.ProposalId;
import io.commitments.core.api.organisation.FindOrganisationQuery;
import io.commitments.core.api.organisation.OrganisationSummary;
import io.commitments.core.api.partnership.FindPartnershipOverviewQuery;
import io.commitments.core.api.partnership.FindPartnershipQuery;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.PartnershipOverview;
import io.commitments.core.api.partnership.PartnershipSummary;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Resolves the ids in a request to what the views know of them, or answers 404 with a stable code: the
 * governance controllers' shared look-ups.
 */
@Component
class GovernanceLookups {

    private final QueryGateway queries;

    GovernanceLookups(QueryGateway queries) {
        this.queries = queries;
    }

    PartnershipSummary partnership(PartnershipId partnership) {
        return queries.query(new FindPartnershipQuery(partnership),
                        ResponseTypes.optionalInstanceOf(PartnershipSummary.class)).join()
                .orElseThrow(() -> new NotFoundException("partnership.not-found", "no partnership " + partnership));
    }

    PartnershipOverview overview(PartnershipId partnership) {
        return queries.query(new FindPartnershipOverviewQuery(partnership),
                        ResponseTypes.optionalInstanceOf(PartnershipOverview.class)).join()
                .orElseThrow(() -> new NotFoundException("partnership.not-found", "no partnership " + partnership));
    }

    OrganisationSummary organisation(OrganisationId organisation) {
        return queries.query(new FindOrganisationQuery(organisation),
                        ResponseTypes.optionalInstanceOf(OrganisationSummary.class)).join()
                .orElseThrow(() -> new NotFoundException("organisation.not-found", "no organisation " + organisation));
    }

    MeetingView meeting(MeetingId meeting) {
        return queries.query(new FindMeetingQuery(meeting), ResponseTypes.optionalInstanceOf(MeetingView.class)).join()
                .orElseThrow(() -> new NotFoundException("meeting.not-found", "no meeting " + meeting));
    }

    MeetingId meetingOf(ProposalId proposal) {
        return queries.query(new FindProposalMeetingQuery(proposal),
                        ResponseTypes.optionalInstanceOf(MeetingId.class)).join()
                .orElseThrow(() -> new NotFoundException("proposal.not-found", "no proposal " + proposal));
    }

    DecisionRegisterEntry decision(DecisionId decision) {
        return queries.query(new FindDecisionQuery(decision),
                        ResponseTypes.optionalInstanceOf(DecisionRegisterEntry.class)).join()
                .orElseThrow(() -> new NotFoundException("decision.not-found", "no decision " + decision));
    }
}
