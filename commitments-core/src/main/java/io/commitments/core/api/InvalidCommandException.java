package io.commitments.core.api;

/**
 * A command whose content is invalid whatever the state of its target: a missing name, a negative quorum.
 * {@link #field()} names the offending input so that clients can show the message beside it.
 */
public class InvalidCommandException extends IllegalArgumentException {

    private final String field;

    public InvalidCommandException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
