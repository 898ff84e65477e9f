package org.thinkfamily.connectors.education;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.thinkfamily.connectors.support.ConnectorProperties;
import org.thinkfamily.connectors.support.LayoutRoute;
import org.thinkfamily.contracts.published.deadletter.DeadLetterPort;
import org.thinkfamily.contracts.published.ingest.IngestPort;

/** A school's parent and carer contacts, CSV drop: {@code data/inbox/education-contacts/}. */
@Component
@ConditionalOnProperty(
        name = "thinkfamily.connectors.drops.education-contacts.enabled",
        havingValue = "true",
        matchIfMissing = true)
class ContactsRoute extends LayoutRoute {

    ContactsRoute(ConnectorProperties properties, IngestPort ingest, DeadLetterPort deadLetters, MeterRegistry meters) {
        super(new ContactsLayout(Clock.systemUTC()), properties, ingest, deadLetters, meters);
    }
}
