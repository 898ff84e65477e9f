package org.thinkfamily.connectors.queue;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.thinkfamily.connectors.canonical.CanonicalJson;
import org.thinkfamily.connectors.support.ConnectorProperties;

/**
 * Canonical events as JSON on RabbitMQ ({@code thinkfamily.connectors.rabbitmq.events-queue}), started only when a
 * broker is configured ({@code spring.rabbitmq.host}); read by {@link CanonicalJson}, as the HTTP API's are. A
 * message is acknowledged only after it is recorded, found a duplicate, or dead-lettered (what is not a canonical
 * event is dead-lettered by the reader); a failure on the way (the database away) puts it back on the queue to be
 * taken again, and a redelivery changes nothing.
 */
@Component
@ConditionalOnProperty(name = "spring.rabbitmq.host")
class CanonicalEventsQueueRoute extends RouteBuilder {

    private final CanonicalJson canonicalJson;
    private final ConnectorProperties.Rabbitmq rabbitmq;

    CanonicalEventsQueueRoute(CanonicalJson canonicalJson, ConnectorProperties properties) {
        this.canonicalJson = canonicalJson;
        this.rabbitmq = properties.rabbitmq();
    }

    @Override
    public void configure() {
        onException(Exception.class)
                .handled(false)
                .logExhausted(false)
                .logStackTrace(false)
                .log(
                        LoggingLevel.ERROR,
                        "queue message not taken, back on the queue: route=${routeId} cause=${exception.class}");

        from(rabbitmq.endpoint(rabbitmq.eventsQueue()))
                .routeId("rabbitmq-events")
                .process(exchange -> canonicalJson.ingest(
                        QueueMessages.text(exchange.getIn().getBody(byte[].class)),
                        "connector:rabbitmq",
                        "queue " + rabbitmq.eventsQueue()));
    }
}
