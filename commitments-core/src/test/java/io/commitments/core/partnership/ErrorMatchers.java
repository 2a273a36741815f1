package io.commitments.core.partnership;

import io.commitments.core.api.NotPermittedException;
import io.commitments.core.api.RuleViolationException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

import java.util.Objects;
import java.util.function.Function;

/** Matchers for the fixture's {@code expectException}: the domain errors by their stable code. */
public final class ErrorMatchers {

    private ErrorMatchers() {
    }

    /** A {@link RuleViolationException} (or subtype) with this code and message. */
    public static Matcher<RuleViolationException> ruleViolation(RuleViolationException expected) {
        return matching(RuleViolationException.class, expected.code(), expected.getMessage(),
                RuleViolationException::code);
    }

    /** A {@link NotPermittedException} with this code. */
    public static Matcher<NotPermittedException> notPermitted(String code) {
        return matching(NotPermittedException.class, code, null, NotPermittedException::code);
    }

    private static <E extends Throwable> Matcher<E> matching(Class<E> type, String code, String message,
                                                              Function<E, String> codeOf) {
        return new TypeSafeDiagnosingMatcher<>(type) {
            @Override
            protected boolean matchesSafely(E actual, Description mismatch) {
                mismatch.appendText(actual.getClass().getSimpleName() + " with code ")
                        .appendValue(codeOf.apply(actual)).appendText(" and message ").appendValue(actual.getMessage());
                return code.equals(codeOf.apply(actual))
                        && (message == null || Objects.equals(message, actual.getMessage()));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(type.getSimpleName() + " with code ").appendValue(code);
                if (message != null) {
                    description.appendText(" and message ").appendValue(message);
                }
            }
        };
    }
}
