package io.commitments.ui;

import io.commitments.core.api.commitment.CommitmentSide;
import io.commitments.core.api.commitment.CommitmentState;
import io.commitments.core.api.commitment.CommitmentSummary;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.commitment.CommitmentAction;

import java.util.EnumSet;
import java.util.Set;

/**
 * The actions a person may take on a commitment now, so that a page offers nothing the Commitment aggregate
 * would refuse. The state allows an action ({@link CommitmentAction#allowedIn}); the person's side decides
 * whether it is theirs: the performer's people promise, decline, counter, report, withdraw and hand over; the
 * requester's side (its organisation's people, or the coordinators when the partnership itself asked) accepts,
 * declares (not) satisfied, releases and answers a counter-offer; either side proposes a new due date and the
 * other side accepts it; only the receiving member takes over a hand-over.
 */
public final class AllowedActions {

    private static final Set<CommitmentAction> PERFORMER_ACTIONS = EnumSet.of(CommitmentAction.PROMISE,
            CommitmentAction.DECLINE, CommitmentAction.COUNTER_OFFER, CommitmentAction.REPORT_PROGRESS,
            CommitmentAction.REPORT_COMPLETION, CommitmentAction.WITHDRAW, CommitmentAction.HAND_OVER);
    private static final Set<CommitmentAction> REQUESTER_ACTIONS = EnumSet.of(CommitmentAction.ACCEPT_OFFER,
            CommitmentAction.ACCEPT_COUNTER_OFFER, CommitmentAction.REJECT_COUNTER_OFFER,
            CommitmentAction.COUNTER_THE_COUNTER_OFFER, CommitmentAction.DECLARE_SATISFIED,
            CommitmentAction.DECLARE_NOT_SATISFIED, CommitmentAction.RELEASE);

    private AllowedActions() {
    }

    /**
     * @param commitment              the commitment as it stands
     * @param viewer                  who is looking
     * @param renegotiationProposedBy the side that proposed the pending new due date, or null if none is pending
     * @param currentMembers          the partnership's current member organisations (hand-overs go only to them)
     */
    public static Set<CommitmentAction> of(CommitmentSummary commitment, Viewer viewer,
                                           CommitmentSide renegotiationProposedBy,
                                           Set<OrganisationId> currentMembers) {
        Set<CommitmentAction> allowed = EnumSet.noneOf(CommitmentAction.class);
        if (!viewer.mayAct()) {
            return allowed;
        }
        CommitmentState state = commitment.state();
        boolean performer = viewer.actsFor(commitment.performer());
        boolean requester = commitment.requester().isPartnership()
                ? viewer.coordinator()
                : viewer.actsFor(commitment.requester().organisation());
        for (CommitmentAction action : CommitmentAction.values()) {
            if (!action.allowedIn(state)) {
                continue;
            }
            boolean mine = switch (action) {
                case PROPOSE_RENEGOTIATION -> performer || requester;
                case ACCEPT_RENEGOTIATION -> commitment.proposedDueDate() != null && renegotiationProposedBy != null
                        && (renegotiationProposedBy == CommitmentSide.PERFORMER ? requester : performer);
                case ACCEPT_HAND_OVER -> commitment.handOverTo() != null && viewer.actsFor(commitment.handOverTo())
                        && currentMembers.contains(commitment.handOverTo());
                case HAND_OVER -> performer && currentMembers.stream()
                        .anyMatch(member -> !member.equals(commitment.performer()));
                default -> PERFORMER_ACTIONS.contains(action) ? performer
                        : REQUESTER_ACTIONS.contains(action) && requester;
            };
            if (mine) {
                allowed.add(action);
            }
        }
        return allowed;
    }
}
