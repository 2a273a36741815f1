package io.commitments.core.api.commitment;

import io.commitments.core.api.party.Actor;

import java.time.Instant;

/**
 * One event in a commitment's history.
 *
 * @param sequence   its position in the commitment's history, from 0
 * @param type       the event's type, as in the audit history ({@code CommitmentPromisedEvent})
 * @param actor      who did it; null for what the system records by itself (overdue)
 * @param summary    a short description in words ("Promised, due 2026-12-01")
 * @param reason     the reason or note given with it, if any
 */
public record CommitmentTimelineEntry(long sequence,
                                      String type,
                                      Instant occurredAt,
                                      Actor actor,
                                      String summary,
                                      String reason) {
}
