package io.commitments.ui;

/** Input that could not be read as what its field needs (a date, a choice), before any command is sent. */
class FieldException extends RuntimeException {

    private final String field;

    FieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
