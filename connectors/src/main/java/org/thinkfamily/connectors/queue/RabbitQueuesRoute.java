package org.thinkfamily.connectors.queue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.thinkfamily.connectors.canonical.CanonicalJson;
import org.thinkfamily.connectors.police.EncompassMessages;
import org.thinkfamily.contracts.deadletter.DeadLetter;
import org.thinkfamily.contracts.deadletter.DeadLetterPort;

import java.nio.charset.StandardCharsets;

/**
 * RabbitMQ doors, started only when a broker is configured ({@code spring.rabbitmq.host}):
 * {@code thinkfamily.events} takes canonical events as JSON (read by {@link CanonicalJson}, as the HTTP API's are),
 * {@code thinkfamily.police} Operation Encompass notifications. A message is acknowledged to the broker only after it is recorded,
 * found a duplicate, or dead-lettered; a failure on the way (the database away) puts it back on the
 * queue to be taken again, and a redelivery changes nothing.
 */
@Component
@ConditionalOnProperty(name = "spring.rabbitmq.host")
class RabbitQueuesRoute extends RouteBuilder {

    private final CanonicalJson canonicalJson;
    private final DeadLetterPort deadLetters;
    private final EncompassMessages encompass;
    private final ObjectMapper objectMapper;
    private final String eventsQueue;
    private final String policeQueue;

    RabbitQueuesRoute(CanonicalJson canonicalJson, DeadLetterPort deadLetters, EncompassMessages encompass, ObjectMapper objectMapper,
                      @Value("${thinkfamily.connectors.rabbitmq.events-queue:thinkfamily.events}") String eventsQueue,
                      @Value("${thinkfamily.connectors.rabbitmq.police-queue:thinkfamily.police}") String policeQueue) {
        this.canonicalJson = canonicalJson;
        this.deadLetters = deadLetters;
        this.encompass = encompass;
        this.objectMapper = objectMapper;
        this.eventsQueue = eventsQueue;
        this.policeQueue = policeQueue;
    }

    @Override
    public void configure() {
        onException(Exception.class)
                .handled(false).logExhausted(false).logStackTrace(false)
                .log(LoggingLevel.ERROR, "queue message not taken, back on the queue: route=${routeId} cause=${exception.class}");

        from(queue(eventsQueue)).routeId("rabbitmq-events")
                .process(exchange -> takeEvent(exchange.getIn().getBody(byte[].class)));

        from(queue(policeQueue)).routeId("rabbitmq-police")
                .process(exchange -> takeNotification(exchange.getIn().getBody(byte[].class)));
    }

    private String queue(String name) {
        return "spring-rabbitmq:thinkfamily?queues=" + name + "&routingKey=" + name
                + "&autoDeclare=true&exchangeType=direct&acknowledgeMode=AUTO&rejectAndDontRequeue=false&concurrentConsumers=1";
    }

    private void takeEvent(byte[] body) {
        canonicalJson.ingest(new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8), "connector:rabbitmq",
                "queue " + eventsQueue);
    }

    private void takeNotification(byte[] body) {
        String text = new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8);
        try {
            encompass.take(objectMapper.readTree(text), "connector:rabbitmq", "queue " + policeQueue);
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            deadLetters.store(new DeadLetter(EncompassMessages.DOOR, null, org.thinkfamily.contracts.canonical.Sector.POLICE,
                    "queue " + policeQueue, "the message is not an Operation Encompass notification in JSON", text, "application/json"));
        }
    }
}
