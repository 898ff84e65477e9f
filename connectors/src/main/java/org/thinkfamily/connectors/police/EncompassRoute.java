package org.thinkfamily.connectors.police;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.thinkfamily.connectors.support.ConnectorProperties;
import org.thinkfamily.connectors.support.LayoutRoute;
import org.thinkfamily.contracts.published.deadletter.DeadLetterPort;
import org.thinkfamily.contracts.published.ingest.IngestPort;

/** Operation Encompass CSV drop: {@code data/inbox/police-encompass/}. */
@Component
@ConditionalOnProperty(
        name = "thinkfamily.connectors.drops.police-encompass.enabled",
        havingValue = "true",
        matchIfMissing = true)
class EncompassRoute extends LayoutRoute {

    EncompassRoute(
            ConnectorProperties properties, IngestPort ingest, DeadLetterPort deadLetters, MeterRegistry meters) {
        super(new EncompassLayout(), properties, ingest, deadLetters, meters);
    }
}
