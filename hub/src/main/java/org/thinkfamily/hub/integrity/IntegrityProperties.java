package org.thinkfamily.hub.integrity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the history chain is kept.
 *
 * @param keeper      whether this process extends the chain (the hub does; replay-tools only reads it)
 * @param extendEvery how long the keeper rests once it has chained everything stored
 * @param segmentSize the most events one segment chains
 * @param gapWindow   how long an index missing below the horizon is waited for (a transaction in flight) before
 *                    it counts as never used; well above the event store's gap timeout, after which the projections
 *                    have skipped it too, so an event stored there later is reported as inserted
 */
@ConfigurationProperties("thinkfamily.integrity")
public record IntegrityProperties(
        @DefaultValue("true") boolean keeper,
        @DefaultValue("1s") Duration extendEvery,
        @DefaultValue("5000") int segmentSize,
        @DefaultValue("10m") Duration gapWindow) {}
