package org.thinkfamily.connectors.benefits;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.thinkfamily.connectors.support.ConnectorProperties;
import org.thinkfamily.connectors.support.LayoutRoute;
import org.thinkfamily.contracts.published.deadletter.DeadLetterPort;
import org.thinkfamily.contracts.published.ingest.IngestPort;

/**
 * Benefit households, CSV drop: {@code data/inbox/benefits-household/}. Its records come from the agency this drop
 * names ({@code thinkfamily.connectors.drops.benefits-household.agency}), else the benefits drop's, else {@code dwp}.
 */
@Component
@ConditionalOnProperty(
        name = "thinkfamily.connectors.drops.benefits-household.enabled",
        havingValue = "true",
        matchIfMissing = true)
class HouseholdRoute extends LayoutRoute {

    HouseholdRoute(
            ConnectorProperties properties, IngestPort ingest, DeadLetterPort deadLetters, MeterRegistry meters) {
        super(
                new HouseholdLayout(properties.drop(BenefitsLayout.CONNECTOR).agency()),
                properties,
                ingest,
                deadLetters,
                meters);
    }
}
