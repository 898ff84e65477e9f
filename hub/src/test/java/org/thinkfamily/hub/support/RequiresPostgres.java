package org.thinkfamily.hub.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A suite that runs against a real PostgreSQL. Without one it is skipped, saying why; where
 * {@code thinkfamily.postgres.required} is set (CI), a missing server fails the suite instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgres.Condition.class)
public @interface RequiresPostgres {

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            var reason = PostgresTestDatabase.unavailableReason();
            if (reason.isEmpty()) {
                return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + PostgresTestDatabase.URL);
            }
            if (PostgresTestDatabase.required()) {
                throw new IllegalStateException("PostgreSQL is required for this run but: " + reason.get());
            }
            System.out.println("SKIPPED " + context.getDisplayName() + ": " + reason.get());
            return ConditionEvaluationResult.disabled("skipped: " + reason.get());
        }
    }
}
