package io.commitments.core.commitment;

import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * When due dates end: a commitment due on a date is on time until midnight at the end of that date in the
 * partnership's time zone (UTC unless configured). "Now" is the clock that stamps events, so a decision such
 * as "kept late" agrees with the timestamp of the event that records it; the test fixture fixes that clock.
 * Injected into command handlers as a resource (a Spring bean in the application).
 */
public record DueDates(ZoneId zone) {

    public DueDates {
        Objects.requireNonNull(zone, "zone");
    }

    public static DueDates utc() {
        return new DueDates(ZoneOffset.UTC);
    }

    /** The first instant at which a commitment due on {@code dueDate} is late. */
    public Instant endOf(LocalDate dueDate) {
        return dueDate.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whether something done at {@code at} is on time for {@code dueDate}. */
    public boolean onTime(LocalDate dueDate, Instant at) {
        return at.isBefore(endOf(dueDate));
    }

    public Instant now() {
        return GenericEventMessage.clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }
}
