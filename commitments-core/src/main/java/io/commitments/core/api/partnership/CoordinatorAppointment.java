package io.commitments.core.api.partnership;

import io.commitments.core.api.party.PersonId;

import java.time.Instant;

/** A person appointed to coordinate the partnership, and when. */
public record CoordinatorAppointment(PersonId personId, Instant appointedAt) {
}
