package io.commitments.core.commitment;

import io.commitments.core.api.commitment.CommitmentState;

import java.util.EnumSet;
import java.util.Set;

import static io.commitments.core.api.commitment.CommitmentState.COMPLETION_REPORTED;
import static io.commitments.core.api.commitment.CommitmentState.COUNTERED;
import static io.commitments.core.api.commitment.CommitmentState.OFFERED;
import static io.commitments.core.api.commitment.CommitmentState.PROMISED;
import static io.commitments.core.api.commitment.CommitmentState.REQUESTED;
import static io.commitments.core.commitment.CommitmentRules.COMPLETION_NOT_REPORTED;
import static io.commitments.core.commitment.CommitmentRules.NOT_COUNTERED;
import static io.commitments.core.commitment.CommitmentRules.NOT_OFFERED;
import static io.commitments.core.commitment.CommitmentRules.NOT_OPEN;
import static io.commitments.core.commitment.CommitmentRules.NOT_PROMISED;
import static io.commitments.core.commitment.CommitmentRules.NOT_REQUESTED;

/**
 * What can be done to an existing commitment, the states that allow it, and the code of the refusal in any
 * other state.
 */
public enum CommitmentAction {
    PROMISE("promise", "promised", NOT_REQUESTED, EnumSet.of(REQUESTED)),
    DECLINE("decline", "declined", NOT_REQUESTED, EnumSet.of(REQUESTED)),
    COUNTER_OFFER("counter", "countered", NOT_REQUESTED, EnumSet.of(REQUESTED)),
    ACCEPT_OFFER("accept the offer of", "accepted as offered", NOT_OFFERED, EnumSet.of(OFFERED)),
    ACCEPT_COUNTER_OFFER("accept the counter-offer of", "promised on a countered date", NOT_COUNTERED,
            EnumSet.of(COUNTERED)),
    REJECT_COUNTER_OFFER("reject the counter-offer of", "declined by rejecting a counter-offer", NOT_COUNTERED,
            EnumSet.of(COUNTERED)),
    COUNTER_THE_COUNTER_OFFER("counter the counter-offer of", "requested again on another date", NOT_COUNTERED,
            EnumSet.of(COUNTERED)),
    REPORT_PROGRESS("report progress on", "reported on", NOT_PROMISED, EnumSet.of(PROMISED)),
    REPORT_COMPLETION("report completion of", "reported complete", NOT_PROMISED, EnumSet.of(PROMISED)),
    DECLARE_SATISFIED("declare satisfied", "declared satisfied", COMPLETION_NOT_REPORTED,
            EnumSet.of(COMPLETION_REPORTED)),
    DECLARE_NOT_SATISFIED("declare not satisfied", "declared not satisfied", COMPLETION_NOT_REPORTED,
            EnumSet.of(COMPLETION_REPORTED)),
    WITHDRAW("withdraw", "withdrawn", NOT_PROMISED, EnumSet.of(PROMISED, COMPLETION_REPORTED)),
    RELEASE("release", "released", NOT_OPEN,
            EnumSet.of(REQUESTED, OFFERED, COUNTERED, PROMISED, COMPLETION_REPORTED)),
    PROPOSE_RENEGOTIATION("renegotiate", "renegotiated", NOT_PROMISED, EnumSet.of(PROMISED)),
    ACCEPT_RENEGOTIATION("accept a renegotiation of", "renegotiated", NOT_PROMISED, EnumSet.of(PROMISED)),
    HAND_OVER("hand over", "handed over", NOT_PROMISED, EnumSet.of(PROMISED)),
    ACCEPT_HAND_OVER("take over", "taken over", NOT_PROMISED, EnumSet.of(PROMISED));

    private final String verb;
    private final String participle;
    private final String codeWhenForbidden;
    private final Set<CommitmentState> allowedIn;

    CommitmentAction(String verb, String participle, String codeWhenForbidden, Set<CommitmentState> allowedIn) {
        this.verb = verb;
        this.participle = participle;
        this.codeWhenForbidden = codeWhenForbidden;
        this.allowedIn = allowedIn;
    }

    /** "promise", as in "only the performer's side may promise commitment c-17". */
    public String verb() {
        return verb;
    }

    /** "promised", as in "commitment c-17 cannot be promised: it is DECLINED". */
    public String participle() {
        return participle;
    }

    /** The code of the refusal when the state does not allow this action. */
    public String codeWhenForbidden() {
        return codeWhenForbidden;
    }

    public boolean allowedIn(CommitmentState state) {
        return allowedIn.contains(state);
    }
}
