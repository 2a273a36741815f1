package io.commitments.core.api.purpose;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an outcome of a shared purpose, so that commitments and decisions can name the outcome they serve;
 * a revision that keeps an outcome keeps its id.
 */
public record OutcomeId(@JsonValue UUID value) {

    public OutcomeId {
        Objects.requireNonNull(value, "outcome id");
    }

    @JsonCreator
    public static OutcomeId of(UUID value) {
        return new OutcomeId(value);
    }

    public static OutcomeId of(String value) {
        return new OutcomeId(UUID.fromString(value));
    }

    public static OutcomeId random() {
        return new OutcomeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
