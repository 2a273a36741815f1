package io.commitments.core.api.partnership;

/** Every registered partnership, by name. Answered with a list of {@link PartnershipSummary}. */
public record FindPartnershipsQuery() {
}
