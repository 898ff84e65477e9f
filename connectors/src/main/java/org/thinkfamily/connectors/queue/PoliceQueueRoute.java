package org.thinkfamily.connectors.queue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.thinkfamily.connectors.police.EncompassMessages;
import org.thinkfamily.connectors.support.ConnectorProperties;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.deadletter.DeadLetter;
import org.thinkfamily.contracts.published.deadletter.DeadLetterPort;

/**
 * Operation Encompass notifications as JSON on RabbitMQ ({@code thinkfamily.connectors.rabbitmq.police-queue}),
 * started only when a broker is configured. A message that is not a notification is dead-lettered and
 * acknowledged; any other failure (the database away) puts it back on the queue.
 */
@Component
@ConditionalOnProperty(name = "spring.rabbitmq.host")
class PoliceQueueRoute extends RouteBuilder {

    private final EncompassMessages encompass;
    private final DeadLetterPort deadLetters;
    private final ObjectMapper objectMapper;
    private final ConnectorProperties.Rabbitmq rabbitmq;

    PoliceQueueRoute(
            EncompassMessages encompass,
            DeadLetterPort deadLetters,
            ObjectMapper objectMapper,
            ConnectorProperties properties) {
        this.encompass = encompass;
        this.deadLetters = deadLetters;
        this.objectMapper = objectMapper;
        this.rabbitmq = properties.rabbitmq();
    }

    @Override
    public void configure() {
        onException(JsonProcessingException.class, IllegalArgumentException.class)
                .handled(true)
                .logExhausted(false)
                .logStackTrace(false)
                .process(exchange -> deadLetters.store(new DeadLetter(
                        EncompassMessages.DOOR,
                        null,
                        Sector.POLICE,
                        "queue " + rabbitmq.policeQueue(),
                        "the message is not an Operation Encompass notification in JSON",
                        QueueMessages.text(exchange.getIn().getBody(byte[].class)),
                        "application/json")));

        onException(Exception.class)
                .handled(false)
                .logExhausted(false)
                .logStackTrace(false)
                .log(
                        LoggingLevel.ERROR,
                        "queue message not taken, back on the queue: route=${routeId} cause=${exception.class}");

        from(rabbitmq.endpoint(rabbitmq.policeQueue()))
                .routeId("rabbitmq-police")
                .process(exchange -> encompass.take(
                        objectMapper.readTree(
                                QueueMessages.text(exchange.getIn().getBody(byte[].class))),
                        "connector:rabbitmq",
                        "queue " + rabbitmq.policeQueue()));
    }
}
