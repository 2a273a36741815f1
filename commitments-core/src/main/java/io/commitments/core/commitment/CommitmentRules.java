package io.commitments.core.commitment;

import io.commitments.core.api.NotPermittedException;
import io.commitments.core.api.RuleViolationException;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.CommitmentState;
import io.commitments.core.api.party.OrganisationId;

/**
 * The stable codes and messages with which the Commitment aggregate refuses a command: clients match on the
 * codes, tests build the expected messages here.
 */
public final class CommitmentRules {

    public static final String NOT_REQUESTED = "commitment.not-requested";
    public static final String NOT_OFFERED = "commitment.not-offered";
    public static final String NOT_COUNTERED = "commitment.not-countered";
    public static final String NOT_PROMISED = "commitment.not-promised";
    public static final String COMPLETION_NOT_REPORTED = "commitment.completion-not-reported";
    public static final String NOT_OPEN = "commitment.not-open";
    public static final String NO_RENEGOTIATION_PROPOSED = "commitment.no-renegotiation-proposed";
    public static final String NO_HAND_OVER_PROPOSED = "commitment.no-hand-over-proposed";
    public static final String PERFORMER_NOT_MEMBER = "commitment.performer-not-member";
    public static final String REQUESTER_NOT_MEMBER = "commitment.requester-not-member";
    public static final String RECEIVER_NOT_MEMBER = "commitment.receiver-not-member";

    public static final String NOT_PERFORMER = "commitment.not-performer";
    public static final String NOT_REQUESTER = "commitment.not-requester";
    public static final String NOT_PARTY = "commitment.not-party";
    public static final String NOT_RECEIVER = "commitment.not-receiver";

    private CommitmentRules() {
    }

    /** "commitment 1b4e… cannot be promised: it is DECLINED". */
    public static String forbiddenMessage(CommitmentAction action, CommitmentId id, CommitmentState state) {
        return "commitment " + id + " cannot be " + action.participle() + ": it is " + state;
    }

    static RuleViolationException forbidden(CommitmentAction action, CommitmentId id, CommitmentState state) {
        return new RuleViolationException(action.codeWhenForbidden(), forbiddenMessage(action, id, state));
    }

    public static String noRenegotiationMessage(CommitmentId id) {
        return "commitment " + id + " cannot be renegotiated: no new due date is proposed";
    }

    public static String noHandOverMessage(CommitmentId id) {
        return "commitment " + id + " cannot be taken over: no hand-over is proposed";
    }

    public static String notMemberMessage(String role, OrganisationId organisation) {
        return "the " + role + " " + organisation + " is not a current member of the partnership";
    }

    public static String notPerformerMessage(CommitmentAction action, CommitmentId id) {
        return "only the performer's side may " + action.verb() + " commitment " + id;
    }

    public static String notRequesterMessage(CommitmentAction action, CommitmentId id) {
        return "only the requester's side may " + action.verb() + " commitment " + id;
    }

    static NotPermittedException notPerformer(CommitmentAction action, CommitmentId id) {
        return new NotPermittedException(NOT_PERFORMER, notPerformerMessage(action, id));
    }

    static NotPermittedException notRequester(CommitmentAction action, CommitmentId id) {
        return new NotPermittedException(NOT_REQUESTER, notRequesterMessage(action, id));
    }
}
