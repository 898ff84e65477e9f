package org.thinkfamily.connectors.education;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.thinkfamily.connectors.support.ConnectorProperties;
import org.thinkfamily.connectors.support.LayoutRoute;
import org.thinkfamily.contracts.published.deadletter.DeadLetterPort;
import org.thinkfamily.contracts.published.ingest.IngestPort;

/** School exclusions CSV drop: {@code data/inbox/education-exclusions/}. */
@Component
@ConditionalOnProperty(
        name = "thinkfamily.connectors.drops.education-exclusions.enabled",
        havingValue = "true",
        matchIfMissing = true)
class ExclusionsRoute extends LayoutRoute {

    ExclusionsRoute(
            ConnectorProperties properties, IngestPort ingest, DeadLetterPort deadLetters, MeterRegistry meters) {
        super(new ExclusionsLayout(), properties, ingest, deadLetters, meters);
    }
}
