package io.commitments.core.api.decision;

/** One decision's entry in its partnership's register. Answered with an optional {@link DecisionRegisterEntry}. */
public record FindDecisionQuery(DecisionId decisionId) {
}
