package org.thinkfamily.hub.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How people's keys are held in memory, and how long their records are kept.
 *
 * @param keyCacheSize the most keys (and erased subjects) one node keeps in memory
 * @param keyCacheTtl  how long a node trusts a key it read: the node that erases forgets the key at once, any
 *                     other node within this time
 * @param retentionYears how many years after a family's youngest child's birth its closed record is kept
 */
@ConfigurationProperties("thinkfamily.privacy")
public record PrivacyProperties(
        @DefaultValue("200000") long keyCacheSize,
        @DefaultValue("30s") Duration keyCacheTtl,
        @DefaultValue("25") int retentionYears) {}
