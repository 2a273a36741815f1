package io.commitments.ui;

import java.util.Map;

/**
 * Why a form was not accepted, to show beside it when the page is shown again: the {@code form} it concerns,
 * the {@code field} at fault (null when the rules refused the whole action), the message, the HTTP status of
 * the page, and what the person had entered so that nothing typed is lost.
 */
public record FormProblem(String form, String field, String message, int status, Map<String, String> entered) {

    public FormProblem {
        entered = entered == null ? Map.of() : Map.copyOf(entered);
    }

    public boolean about(String candidate) {
        return form.equals(candidate);
    }

    /** The message for this field of this form, or null. */
    public String errorOf(String candidate, String fieldName) {
        return about(candidate) && fieldName.equals(field) ? message : null;
    }

    /** The message that concerns this form as a whole, or null. */
    public String generalError(String candidate) {
        return about(candidate) && field == null ? message : null;
    }

    /** What was entered in this field of this form, or null. */
    public String value(String candidate, String fieldName) {
        return about(candidate) ? entered.get(fieldName) : null;
    }
}
