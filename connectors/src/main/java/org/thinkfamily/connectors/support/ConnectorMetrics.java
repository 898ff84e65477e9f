package org.thinkfamily.connectors.support;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** Per connector: records by outcome, and the time each file or message took. Tags carry no personal data. */
public final class ConnectorMetrics {

    private final MeterRegistry registry;
    private final String connector;

    public ConnectorMetrics(MeterRegistry registry, String connector) {
        this.registry = registry;
        this.connector = connector;
    }

    /** @param outcome ACCEPTED, DUPLICATE or REJECTED */
    public void record(String outcome) {
        Counter.builder("thinkfamily.connector.records")
                .tag("connector", connector)
                .tag("outcome", outcome)
                .description("Records taken by a connector, by outcome")
                .register(registry)
                .increment();
    }

    public void took(Duration duration) {
        Timer.builder("thinkfamily.connector.duration")
                .tag("connector", connector)
                .description("Time to process one file or message")
                .register(registry)
                .record(duration);
    }
}
