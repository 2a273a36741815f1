package io.commitments.core.api;

/**
 * The acting organisation is not the side that may do this ("only the performer may promise commitment
 * c-17"). Distinct from {@link RuleViolationException}: the state allows the action, the actor does not.
 */
public class NotPermittedException extends RuntimeException {

    private final String code;

    public NotPermittedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
