package org.thinkfamily.hub.messaging;

import java.time.Duration;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.common.lock.PessimisticLockFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How long a command waits for another to let go of an aggregate (a person, a family) before it gives up. Each
 * aggregate names this factory ({@code @Aggregate(lockFactory = "aggregateLocks")}; ArchitectureTest holds them to
 * it). A request that gives up is answered 503, try again (web.ProblemHandler). A command can wait on an
 * aggregate while the command holding it waits on a row the first one's transaction wrote (two arrays about the same
 * families in opposite orders): neither the database nor Axon sees that cycle, so one side must give up, and the
 * ingest then tries its whole batch again. Axon's own wait, a minute, held both requests that long and turned away
 * the record.
 */
@Configuration
@EnableConfigurationProperties(AggregateLocking.Settings.class)
class AggregateLocking {

    /** Axon waits this long between tries. */
    private static final long TRY_EVERY_MS = 10;

    /** @param waitAtMost how long a command waits for an aggregate another command holds */
    @ConfigurationProperties("thinkfamily.aggregate-locks")
    record Settings(@DefaultValue("2s") Duration waitAtMost) {}

    @Bean
    LockFactory aggregateLocks(Settings settings) {
        return PessimisticLockFactory.builder()
                .acquireAttempts((int) Math.min(
                        Integer.MAX_VALUE, Math.max(1, settings.waitAtMost().toMillis() / TRY_EVERY_MS)))
                .lockAttemptTimeout((int) TRY_EVERY_MS)
                .build();
    }
}
