package org.thinkfamily.connectors.youthjustice;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.thinkfamily.connectors.support.ConnectorProperties;
import org.thinkfamily.connectors.support.LayoutRoute;
import org.thinkfamily.contracts.published.deadletter.DeadLetterPort;
import org.thinkfamily.contracts.published.ingest.IngestPort;

/** Youth justice CSV drop: {@code data/inbox/youth-justice/}. */
@Component
@ConditionalOnProperty(
        name = "thinkfamily.connectors.drops.youth-justice.enabled",
        havingValue = "true",
        matchIfMissing = true)
class YouthJusticeRoute extends LayoutRoute {

    YouthJusticeRoute(
            ConnectorProperties properties, IngestPort ingest, DeadLetterPort deadLetters, MeterRegistry meters) {
        super(new YouthJusticeLayout(), properties, ingest, deadLetters, meters);
    }
}
