package io.commitments.core.api;

/**
 * A command that the current state forbids ("commitment c-17 cannot be promised: it is DECLINED").
 * The {@link #code()} is stable (for example {@code commitment.not-promised}) and the message names the rule
 * and the current state. Nothing is applied when it is thrown.
 */
public class RuleViolationException extends RuntimeException {

    private final String code;

    public RuleViolationException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
