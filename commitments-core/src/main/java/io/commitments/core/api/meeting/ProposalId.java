package io.commitments.core.api.meeting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a proposal tabled in a meeting. */
public record ProposalId(@JsonValue UUID value) {

    public ProposalId {
        Objects.requireNonNull(value, "proposal id");
    }

    @JsonCreator
    public static ProposalId of(UUID value) {
        return new ProposalId(value);
    }

    public static ProposalId of(String value) {
        return new ProposalId(UUID.fromString(value));
    }

    public static ProposalId random() {
        return new ProposalId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
