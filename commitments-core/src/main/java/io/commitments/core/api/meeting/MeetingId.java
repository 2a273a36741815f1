package io.commitments.core.api.meeting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a meeting of a partnership; its string form is the aggregate identifier. */
public record MeetingId(@JsonValue UUID value) {

    public MeetingId {
        Objects.requireNonNull(value, "meeting id");
    }

    @JsonCreator
    public static MeetingId of(UUID value) {
        return new MeetingId(value);
    }

    public static MeetingId of(String value) {
        return new MeetingId(UUID.fromString(value));
    }

    public static MeetingId random() {
        return new MeetingId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
