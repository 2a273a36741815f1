package io.commitments.core.api;

/** Input checks shared by command handlers; each failure names the field it is about. */
public final class Require {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_TEXT_LENGTH = 10_000;

    private Require() {
    }

    public static String name(String field, String value) {
        return text(field, value, MAX_NAME_LENGTH);
    }

    public static String text(String field, String value) {
        return text(field, value, MAX_TEXT_LENGTH);
    }

    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidCommandException(field, field + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidCommandException(field, field + " must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidCommandException(field, field + " is required");
        }
        return value;
    }
}
