package io.commitments.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

/** Reads posted form fields, failing with a message for the field when the input is not what it needs. */
final class Forms {

    private Forms() {
    }

    /** The text entered, or null when nothing was (the command then says whether it is required). */
    static String text(Map<String, String> form, String field) {
        String value = form.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static LocalDate date(Map<String, String> form, String field) {
        String value = text(form, field);
        if (value == null) {
            throw new FieldException(field, "Enter a date");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new FieldException(field, "Enter a date such as 2026-05-01");
        }
    }

    static LocalDateTime dateTime(Map<String, String> form, String field) {
        String value = text(form, field);
        if (value == null) {
            throw new FieldException(field, "Enter a date and time");
        }
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new FieldException(field, "Enter a date and time such as 2026-05-01T10:00");
        }
    }

    static UUID id(Map<String, String> form, String field, String what) {
        String value = text(form, field);
        if (value == null) {
            throw new FieldException(field, "Choose " + what);
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new FieldException(field, "Choose " + what + " from the list");
        }
    }

    static <E extends Enum<E>> E choice(Map<String, String> form, String field, Class<E> type, String what) {
        String value = text(form, field);
        if (value == null) {
            throw new FieldException(field, "Choose " + what);
        }
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value)).findFirst()
                .orElseThrow(() -> new FieldException(field, "Choose " + what + " from the list"));
    }
}
