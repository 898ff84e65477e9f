package org.thinkfamily.connectors.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the file drops are and how each connector is set up, as ordinary Spring properties:
 * {@code thinkfamily.connectors.inbox=data/inbox}, {@code thinkfamily.connectors.drops.benefits.agency=dwp-bradford},
 * {@code thinkfamily.connectors.drops.benefits.columns.nino=ni_number}, {@code ...drops.benefits.enabled=false}.
 *
 * @param retention   how long files stay in a drop's {@code .done/} and {@code .failed/} before they are deleted
 * @param sweepEvery  how often each drop folder is swept (links and stale partial files set aside, retention applied)
 * @param staleAfter  how long a hidden or partial file ({@code .name}, {@code *.tmp}, {@code *.part}) may sit in a
 *                    drop folder, being written, before it is set aside to {@code .failed/}
 * @param maxAttempts how many times a file whose processing fails unexpectedly (not for the database or another
 *                    resource being away, which is retried until it is back) is taken before it is set aside
 * @param files       how the file consumers of the drops are tuned ({@code thinkfamily.connectors.files.*})
 * @param fhir        the FHIR R4 door ({@code thinkfamily.connectors.fhir.*})
 * @param rabbitmq    the RabbitMQ queues ({@code thinkfamily.connectors.rabbitmq.*})
 */
@ConfigurationProperties("thinkfamily.connectors")
public record ConnectorProperties(
        @DefaultValue("data/inbox") Path inbox,
        @DefaultValue("2s") Duration pollEvery,
        @DefaultValue("30d") Duration retention,
        @DefaultValue("1m") Duration sweepEvery,
        @DefaultValue("24h") Duration staleAfter,
        @DefaultValue("5") int maxAttempts,
        Map<String, Drop> drops,
        @DefaultValue Files files,
        @DefaultValue Fhir fhir,
        @DefaultValue Rabbitmq rabbitmq) {

    public ConnectorProperties {
        drops = drops == null ? Map.of() : Map.copyOf(drops);
        // built directly (in a test) rather than bound: the same defaults as the annotations say
        files = files == null
                ? new Files(
                        Duration.ofMillis(500), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1))
                : files;
        fhir = fhir == null ? new Fhir("nhs-trust", List.of()) : fhir;
        rabbitmq = rabbitmq == null
                ? new Rabbitmq("thinkfamily", "thinkfamily.events", "thinkfamily.police", 1, 250)
                : rabbitmq;
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("thinkfamily.connectors.max-attempts must be at least 1");
        }
    }

    /**
     * @param directory where this drop's files arrive; defaults to the inbox folder of the connector's name
     * @param agency    the agency code its records are from, where the file does not say
     * @param columns   the layout's column name to the name this authority's export uses
     */
    public record Drop(
            @DefaultValue("true") boolean enabled, Path directory, String agency, Map<String, String> columns) {
        public Drop {
            columns = columns == null ? Map.of() : Map.copyOf(columns);
        }
    }

    /**
     * The file consumer of every drop (camel-file), and its sweep timer.
     *
     * @param readLockMinAge       a file is taken once it is at least this old and has stopped changing
     * @param readLockCheckInterval how often a file being written is looked at again
     * @param initialDelay          before a drop is first polled after start
     * @param firstSweepAfter       before a drop folder is first swept after start
     */
    public record Files(
            @DefaultValue("500ms") Duration readLockMinAge,
            @DefaultValue("250ms") Duration readLockCheckInterval,
            @DefaultValue("500ms") Duration initialDelay,
            @DefaultValue("1s") Duration firstSweepAfter) {}

    /**
     * @param defaultAgency                 the agency of a Bundle that names none ({@code meta.source}, a managing organisation)
     * @param safeguardingObservationCodes  Observation codes, beside social history, that matter for safeguarding
     */
    public record Fhir(@DefaultValue("nhs-trust") String defaultAgency, List<String> safeguardingObservationCodes) {
        public Fhir {
            safeguardingObservationCodes =
                    safeguardingObservationCodes == null ? List.of() : List.copyOf(safeguardingObservationCodes);
        }
    }

    /**
     * @param exchange            the direct exchange the queues are bound to (by their own names)
     * @param eventsQueue         canonical events as JSON
     * @param policeQueue         Operation Encompass notifications
     * @param concurrentConsumers consumers per queue on this node (competing consumers scale across nodes)
     * @param prefetch            messages the broker sends each consumer ahead of its acknowledgements
     */
    public record Rabbitmq(
            @DefaultValue("thinkfamily") String exchange,
            @DefaultValue("thinkfamily.events") String eventsQueue,
            @DefaultValue("thinkfamily.police") String policeQueue,
            @DefaultValue("1") int concurrentConsumers,
            @DefaultValue("250") int prefetch) {
        public Rabbitmq {
            if (concurrentConsumers < 1 || prefetch < 1) {
                throw new IllegalArgumentException(
                        "thinkfamily.connectors.rabbitmq.concurrent-consumers and prefetch must be at least 1");
            }
        }

        /**
         * The camel-spring-rabbitmq endpoint of one queue, declared on start and bound to the exchange by its name. A
         * message is acknowledged when the route ends well, and put back on the queue when it fails.
         */
        public String endpoint(String queue) {
            return "spring-rabbitmq:" + exchange + "?queues=" + queue + "&routingKey=" + queue
                    + "&autoDeclare=true&exchangeType=direct&acknowledgeMode=AUTO&rejectAndDontRequeue=false"
                    + "&concurrentConsumers=" + concurrentConsumers + "&prefetchCount=" + prefetch;
        }
    }

    public Drop drop(String connector) {
        return drops.getOrDefault(connector, new Drop(true, null, null, Map.of()));
    }

    public Path directoryOf(String connector) {
        Drop drop = drop(connector);
        return drop.directory() != null ? drop.directory() : inbox.resolve(connector);
    }
}
