package io.commitments.core.commitment;

import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.NotPermittedException;
import io.commitments.core.api.RuleViolationException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.Objects;
import java.util.function.Function;

/** Matchers for the fixture's expectException: which refusal, with which code, field or message. */
final class Refusals {

    private Refusals() {
    }

    static Matcher<Object> ruleViolation(String code) {
        return refusal(RuleViolationException.class, "code", RuleViolationException::code, code, null);
    }

    static Matcher<Object> ruleViolation(String code, String message) {
        return refusal(RuleViolationException.class, "code", RuleViolationException::code, code, message);
    }

    static Matcher<Object> notPermitted(String code) {
        return refusal(NotPermittedException.class, "code", NotPermittedException::code, code, null);
    }

    static Matcher<Object> invalid(String field) {
        return refusal(InvalidCommandException.class, "field", InvalidCommandException::field, field, null);
    }

    private static <E extends Throwable> Matcher<Object> refusal(Class<E> type, String what,
                                                                 Function<E, String> feature, String expected,
                                                                 String message) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                if (!type.isInstance(item)) {
                    return false;
                }
                E refusal = type.cast(item);
                return expected.equals(feature.apply(refusal))
                        && (message == null || Objects.equals(message, refusal.getMessage()));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(type.getSimpleName() + " with " + what + " ").appendValue(expected);
                if (message != null) {
                    description.appendText(" and message ").appendValue(message);
                }
            }

            @Override
            protected void describeMismatchSafely(Object item, Description description) {
                description.appendText("was ").appendValue(item);
                if (type.isInstance(item)) {
                    description.appendText(" with " + what + " ").appendValue(feature.apply(type.cast(item)));
                }
            }
        };
    }
}
