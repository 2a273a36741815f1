package io.commitments.core.meeting;

import io.commitments.core.api.meeting.Position;
import io.commitments.core.api.meeting.ProposalId;
import io.commitments.core.api.meeting.RecordedPosition;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.purpose.OutcomeId;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A proposal tabled in a meeting: an entity of the {@link Meeting}, changed only by the meeting's event
 * sourcing handlers. It keeps each organisation's latest position, in the order organisations first spoke.
 */
final class Proposal {

    private final ProposalId proposalId;
    private final String title;
    private final String text;
    private final OutcomeId outcome;
    private final Map<OrganisationId, RecordedPosition> positions = new LinkedHashMap<>();
    private boolean open = true;

    Proposal(ProposalId proposalId, String title, String text, OutcomeId outcome) {
        this.proposalId = proposalId;
        this.title = title;
        this.text = text;
        this.outcome = outcome;
    }

    ProposalId proposalId() {
        return proposalId;
    }

    String title() {
        return title;
    }

    String text() {
        return text;
    }

    OutcomeId outcome() {
        return outcome;
    }

    boolean isOpen() {
        return open;
    }

    boolean alreadyHolds(OrganisationId organisation, Position position, String reason) {
        RecordedPosition current = positions.get(organisation);
        return current != null && current.position() == position && Objects.equals(current.reason(), reason);
    }

    List<RecordedPosition> finalPositions() {
        return List.copyOf(positions.values());
    }

    void record(RecordedPosition position) {
        positions.put(position.organisationId(), position);
    }

    void close() {
        open = false;
    }

    /** By value, so that Axon's fixture can check that replaying the events rebuilds the same meeting. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Proposal that
                && proposalId.equals(that.proposalId)
                && title.equals(that.title)
                && text.equals(that.text)
                && Objects.equals(outcome, that.outcome)
                && open == that.open
                && List.copyOf(positions.values()).equals(List.copyOf(that.positions.values()));
    }

    @Override
    public int hashCode() {
        return proposalId.hashCode();
    }
}
