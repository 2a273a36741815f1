package io.commitments.core.api.purpose;

/** One outcome a shared purpose aims at; its id is chosen by the caller and kept by revisions that keep it. */
public record PurposeOutcome(OutcomeId outcomeId, String text) {
}
