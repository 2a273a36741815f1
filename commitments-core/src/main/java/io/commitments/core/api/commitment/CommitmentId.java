package io.commitments.core.api.commitment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a commitment; its string form is the aggregate identifier. */
public record CommitmentId(@JsonValue UUID value) {

    public CommitmentId {
        Objects.requireNonNull(value, "commitment id");
    }

    @JsonCreator
    public static CommitmentId of(UUID value) {
        return new CommitmentId(value);
    }

    public static CommitmentId of(String value) {
        return new CommitmentId(UUID.fromString(value));
    }

    public static CommitmentId random() {
        return new CommitmentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
