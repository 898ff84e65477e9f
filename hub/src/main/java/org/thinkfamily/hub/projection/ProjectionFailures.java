package org.thinkfamily.hub.projection;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thinkfamily.connectors.support.Failures;
import org.thinkfamily.hub.privacy.SafeErrors;

/**
 * A projection never stops for good on one event. Each streaming projection (the subscribing indexes are
 * part of the ingest's own transaction and fail it instead) has Axon's dead-letter queue: an event whose
 * handler fails for a reason a retry will not cure (a value too long for its column, a bug) is parked
 * there with its sequence, logged by event id and failure type only, listed for managers and retried
 * on request, while the projection carries on with the next event. A failure that may pass (the
 * database away, a deadlock) is thrown on, so the processor backs off and tries the same events again.
 */
@Configuration
@RegisterDefaultEntities(packages = "org.axonframework.eventhandling.deadletter.jpa")
class ProjectionFailures {

    private static final Logger log = LoggerFactory.getLogger(ProjectionFailures.class);

    /** What the queue keeps of a failure: the chain of types and the place, never a message that may quote data. */
    static final class ProjectionFailure extends RuntimeException {
        ProjectionFailure(String description) {
            super(description, null, false, false);
        }
    }

    /** The queues themselves are Axon's JPA ones, turned on per projection in application.yml ({@code dlq.enabled}). */
    @Bean
    ConfigurerModule projectionDeadLetterPolicy() {
        return configurer -> configurer.eventProcessing(
                processing -> processing.registerDefaultDeadLetterPolicy(configuration -> parkUnlessTransient()));
    }

    static EnqueuePolicy<EventMessage<?>> parkUnlessTransient() {
        return (letter, cause) -> {
            String described = SafeErrors.describe(cause);
            if (Failures.transientCause(cause)) {
                log.warn(
                        "projection failed, will retry: event={} cause={}",
                        letter.message().getIdentifier(),
                        described);
                throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(described);
            }
            log.error(
                    "projection failed, event parked in the projection's dead-letter queue: event={} cause={}",
                    letter.message().getIdentifier(),
                    described);
            return Decisions.enqueue(new ProjectionFailure(described));
        };
    }
}
