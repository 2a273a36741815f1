package io.commitments.core.api.party;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a person who acts for an organisation. */
public record PersonId(@JsonValue UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "person id");
    }

    @JsonCreator
    public static PersonId of(UUID value) {
        return new PersonId(value);
    }

    public static PersonId of(String value) {
        return new PersonId(UUID.fromString(value));
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
