package io.commitments.core.api.decision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a decision adopted in a meeting. */
public record DecisionId(@JsonValue UUID value) {

    public DecisionId {
        Objects.requireNonNull(value, "decision id");
    }

    @JsonCreator
    public static DecisionId of(UUID value) {
        return new DecisionId(value);
    }

    public static DecisionId of(String value) {
        return new DecisionId(UUID.fromString(value));
    }

    public static DecisionId random() {
        return new DecisionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
