package io.commitments.core.api.party;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a member organisation. */
public record OrganisationId(@JsonValue UUID value) {

    public OrganisationId {
        Objects.requireNonNull(value, "organisation id");
    }

    @JsonCreator
    public static OrganisationId of(UUID value) {
        return new OrganisationId(value);
    }

    public static OrganisationId of(String value) {
        return new OrganisationId(UUID.fromString(value));
    }

    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
