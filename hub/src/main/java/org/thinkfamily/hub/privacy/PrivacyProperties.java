package org.thinkfamily.hub.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How people's keys are held in memory, and how long their records are kept.
 *
 * @param keyCacheSize        the most keys (and erased subjects) one node keeps in memory
 * @param keyCacheIdle        how long a key nobody used stays in memory
 * @param erasureCheckEvery   how often a node looks for keys destroyed by another node (or a tool) and forgets
 *                            them: the node that erases forgets them at once, every other node within this time
 * @param retentionYears      how many years after a family's youngest child's birth its closed record is kept
 */
@ConfigurationProperties("thinkfamily.privacy")
public record PrivacyProperties(
        @DefaultValue("200000") long keyCacheSize,
        @DefaultValue("10m") Duration keyCacheIdle,
        @DefaultValue("1s") Duration erasureCheckEvery,
        @DefaultValue("25") int retentionYears) {}
