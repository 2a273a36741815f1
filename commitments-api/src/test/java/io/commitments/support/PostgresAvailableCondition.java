package io.commitments.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs PostgreSQL tests when the server answers. Without one they are skipped with a visible reason,
 * except under CI ({@code CI=true}), where a missing PostgreSQL fails the build instead of hiding tests.
 */
class PostgresAvailableCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String reason = TestPostgres.unreachableReason();
        if (reason == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + TestPostgres.URL);
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(reason + " (CI=true: PostgreSQL tests must run)");
        }
        System.err.println("SKIPPING PostgreSQL tests: " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
