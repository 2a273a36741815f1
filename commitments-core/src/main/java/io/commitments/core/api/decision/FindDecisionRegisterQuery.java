package io.commitments.core.api.decision;

import io.commitments.core.api.partnership.PartnershipId;

/**
 * A partnership's decision register, oldest decision first. Answered with a list of {@link DecisionRegisterEntry}
 * (empty for a partnership that has taken no decision).
 */
public record FindDecisionRegisterQuery(PartnershipId partnershipId) {
}
