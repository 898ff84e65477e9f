package org.thinkfamily.connectors.benefits;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.thinkfamily.connectors.support.ConnectorProperties;
import org.thinkfamily.connectors.support.LayoutRoute;
import org.thinkfamily.contracts.published.deadletter.DeadLetterPort;
import org.thinkfamily.contracts.published.ingest.IngestPort;

/** Benefits CSV drop: {@code data/inbox/benefits/}. */
@Component
@ConditionalOnProperty(
        name = "thinkfamily.connectors.drops.benefits.enabled",
        havingValue = "true",
        matchIfMissing = true)
class BenefitsRoute extends LayoutRoute {

    BenefitsRoute(ConnectorProperties properties, IngestPort ingest, DeadLetterPort deadLetters, MeterRegistry meters) {
        super(new BenefitsLayout(), properties, ingest, deadLetters, meters);
    }
}
