package org.thinkfamily.hub.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.ingest.IngestStatus;

/** Records per outcome and sector, and how long each took. Tags carry no personal data. */
final class IngestMetrics {

    private final MeterRegistry registry;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    Timer.Sample start() {
        return Timer.start(registry);
    }

    void stop(Timer.Sample sample, Sector sector, IngestStatus status) {
        String sectorTag = sector == null ? "UNKNOWN" : sector.name();
        sample.stop(Timer.builder("thinkfamily.ingest.duration")
                .tag("sector", sectorTag)
                .tag("status", status.name())
                .description("Time to check and record one canonical event")
                .register(registry));
        Counter.builder("thinkfamily.ingest.records")
                .tag("sector", sectorTag)
                .tag("status", status.name())
                .description("Canonical events received, by outcome")
                .register(registry)
                .increment();
    }
}
