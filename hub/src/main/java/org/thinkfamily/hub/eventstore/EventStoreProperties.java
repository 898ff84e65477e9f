package org.thinkfamily.hub.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Gap handling of the global event index, set on purpose (see README, "Running on PostgreSQL").
 *
 * @param gapTimeout how long a reader waits for a gap in the global index to fill before skipping it
 */
@ConfigurationProperties("thinkfamily.event-store")
record EventStoreProperties(@DefaultValue("60s") Duration gapTimeout,
                            @DefaultValue("10000") int maxGapOffset,
                            @DefaultValue("250") int gapCleaningThreshold) {
}
