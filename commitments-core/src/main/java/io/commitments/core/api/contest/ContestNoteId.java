package io.commitments.core.api.contest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a contest note attached to a record. */
public record ContestNoteId(@JsonValue UUID value) {

    public ContestNoteId {
        Objects.requireNonNull(value, "contest note id");
    }

    @JsonCreator
    public static ContestNoteId of(UUID value) {
        return new ContestNoteId(value);
    }

    public static ContestNoteId of(String value) {
        return new ContestNoteId(UUID.fromString(value));
    }

    public static ContestNoteId random() {
        return new ContestNoteId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
