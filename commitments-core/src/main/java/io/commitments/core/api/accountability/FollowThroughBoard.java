package io.commitments.core.api.accountability;

import io.commitments.core.api.partnership.PartnershipId;

import java.time.LocalDate;
import java.util.List;

/**
 * What a coordinator chases in a partnership as of a date. A commitment may stand in more than one list
 * (overdue and at risk, overdue and awaiting satisfaction). Ended commitments are in none.
 *
 * @param overdue              promised or completion reported, due before {@code asOf}; most overdue first
 * @param dueSoon              promised, due on {@code asOf} or within the query's window after it
 * @param atRisk               promised, the performer's latest progress report AT_RISK or BLOCKED
 * @param awaitingResponse     requested (again, after the requester countered a counter-offer): the
 *                             performer is to promise, decline or counter
 * @param awaitingSatisfaction completion reported: the requester is to declare whether it is satisfied
 * @param awaitingAcceptance   offered, or counter-offered by the performer: the requester is to accept
 */
public record FollowThroughBoard(PartnershipId partnershipId,
                                 LocalDate asOf,
                                 List<FollowThroughItem> overdue,
                                 List<FollowThroughItem> dueSoon,
                                 List<FollowThroughItem> atRisk,
                                 List<FollowThroughItem> awaitingResponse,
                                 List<FollowThroughItem> awaitingSatisfaction,
                                 List<FollowThroughItem> awaitingAcceptance) {

    public FollowThroughBoard {
        overdue = List.copyOf(overdue);
        dueSoon = List.copyOf(dueSoon);
        atRisk = List.copyOf(atRisk);
        awaitingResponse = List.copyOf(awaitingResponse);
        awaitingSatisfaction = List.copyOf(awaitingSatisfaction);
        awaitingAcceptance = List.copyOf(awaitingAcceptance);
    }
}
