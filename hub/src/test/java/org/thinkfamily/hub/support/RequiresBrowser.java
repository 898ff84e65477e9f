package org.thinkfamily.hub.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A suite that drives a real browser: Debian's {@code chromium} and {@code chromium-driver} ({@link Browser}).
 * Without them it is skipped, saying why; where {@code THINKFAMILY_BROWSER_REQUIRED} is true (CI), a
 * missing browser fails the suite instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresBrowser.Condition.class)
public @interface RequiresBrowser {

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(Browser.DRIVER) && Files.isExecutable(Browser.CHROMIUM)) {
                return ConditionEvaluationResult.enabled("browser at " + Browser.CHROMIUM);
            }
            String reason = "no browser: " + Browser.CHROMIUM + " and " + Browser.DRIVER
                    + " are needed (apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("THINKFAMILY_BROWSER_REQUIRED"))) {
                throw new IllegalStateException("a browser is required for this run but there is " + reason);
            }
            System.out.println("SKIPPED " + context.getDisplayName() + ": " + reason);
            return ConditionEvaluationResult.disabled("skipped: " + reason);
        }
    }
}
