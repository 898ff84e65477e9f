package org.thinkfamily.hub.support;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A suite that talks to a real RabbitMQ ({@code THINKFAMILY_TEST_RABBITMQ_HOST}, default 127.0.0.1:5672,
 * guest/guest). Without one it is skipped, saying why; where {@code THINKFAMILY_RABBITMQ_REQUIRED} is
 * true (CI), a missing broker fails the suite instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresRabbitMq.Condition.class)
public @interface RequiresRabbitMq {

    String HOST = System.getenv().getOrDefault("THINKFAMILY_TEST_RABBITMQ_HOST", "127.0.0.1");

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, 5672), 2000);
                return ConditionEvaluationResult.enabled("RabbitMQ reachable at " + HOST + ":5672");
            } catch (IOException e) {
                String reason = "RabbitMQ not reachable at " + HOST + ":5672 (" + e.getMessage() + ")";
                if ("true".equalsIgnoreCase(System.getenv("THINKFAMILY_RABBITMQ_REQUIRED"))) {
                    throw new IllegalStateException("RabbitMQ is required for this run but: " + reason);
                }
                System.out.println("SKIPPED " + context.getDisplayName() + ": " + reason);
                return ConditionEvaluationResult.disabled("skipped: " + reason);
            }
        }
    }
}
