package io.commitments.core.api.partnership;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a partnership; its string form is the aggregate identifier. */
public record PartnershipId(@JsonValue UUID value) {

    public PartnershipId {
        Objects.requireNonNull(value, "partnership id");
    }

    @JsonCreator
    public static PartnershipId of(UUID value) {
        return new PartnershipId(value);
    }

    public static PartnershipId of(String value) {
        return new PartnershipId(UUID.fromString(value));
    }

    public static PartnershipId random() {
        return new PartnershipId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
