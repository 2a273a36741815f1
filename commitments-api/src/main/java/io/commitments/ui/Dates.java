package io.commitments.ui;

import io.commitments.config.DeadlineSettings;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as the pages show and read them, in the partnership's time zone (where due dates end), for
 * templates as {@code @dates}.
 */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);

    private final ZoneId zone;

    Dates(DeadlineSettings settings) {
        this.zone = settings.zone();
    }

    public ZoneId zone() {
        return zone;
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String dayOf(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(zone));
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    public String month(LocalDate date) {
        return date == null ? "" : MONTH.format(date);
    }

    public String shortMonth(LocalDate date) {
        return date == null ? "" : SHORT_MONTH.format(date);
    }

    /** The machine-readable form for a {@code <time datetime>} attribute. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    Instant instantOf(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }

    public String percent(Double ratio) {
        return ratio == null ? "–" : Math.round(ratio * 100) + "%";
    }

    /** "ADOPTED" as "Adopted", "COMPLETION_REPORTED" as "Completion reported". */
    public String words(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String text = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
