package org.thinkfamily.hub.eventstore;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the event store and its projections' tokens are shared between nodes, set on purpose (README,
 * "Running on PostgreSQL").
 *
 * @param gapTimeout   how long a reader waits for a gap in the global index (a transaction still in
 *                     flight on another node) before it skips it
 * @param gapCleaningThreshold how many open gaps a reader's token may carry before each read also looks up their
 *                     times to drop the timed-out ones; concurrent ingest batches hold a few hundred open at once, so
 *                     a lower figure made every read fetch those rows' times again
 * @param claimTimeout how long a projection segment stays claimed by a node that stopped answering
 * @param nodeId       this node's name in token claims; defaults to the JVM's pid@host
 * @param readBatchSize events a tracking reader takes from the store in one query
 */
@ConfigurationProperties("thinkfamily.event-store")
public record EventStoreProperties(
        @DefaultValue("60s") Duration gapTimeout,
        @DefaultValue("10000") int maxGapOffset,
        @DefaultValue("2000") int gapCleaningThreshold,
        @DefaultValue("10s") Duration claimTimeout,
        String nodeId,
        @DefaultValue("500") int readBatchSize) {

    public String nodeIdOrDefault() {
        return nodeId == null || nodeId.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName()
                : nodeId;
    }
}
