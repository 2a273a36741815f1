package io.commitments.core.decision;

import io.commitments.core.api.NotPermittedException;
import io.commitments.core.api.RuleViolationException;
import io.commitments.core.api.decision.DecisionId;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;

/** The rules a decision's state or its actor can break, with their stable codes and messages. */
final class DecisionViolations {

    private DecisionViolations() {
    }

    static NotPermittedException coordinatorOnly(PartnershipId partnership, Actor actor, String action) {
        return new NotPermittedException("decision.coordinator-only",
                "only a coordinator of partnership " + partnership + " may " + action + "; person "
                        + actor.person() + " is not one");
    }

    static RuleViolationException notInForce(DecisionId decision, String action, Decision.State state) {
        return new RuleViolationException("decision.not-in-force",
                "decision " + decision + " cannot " + action + ": it is " + state);
    }

    static RuleViolationException performerNotAMember(DecisionId decision, PartnershipId partnership,
                                                      OrganisationId performer) {
        return new RuleViolationException("decision.performer-not-a-member",
                "decision " + decision + " cannot request a commitment of organisation " + performer
                        + ": it is not a member of partnership " + partnership);
    }

    static NotPermittedException contestantNotAMember(DecisionId decision, Actor actor) {
        return new NotPermittedException("contest.not-a-member",
                "person " + actor.person() + " cannot contest decision " + decision
                        + ": they act for no member organisation of its partnership");
    }
}
