package org.thinkfamily.replay.benchmark;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stands in for PostgreSQL's autovacuum when the server under test runs without it (a CI configuration may turn
 * it off): a hub's tables then keep every dead row version and the planner has no statistics, and a long load
 * slows several times over (seen: about 250 stored events a second before a {@code VACUUM ANALYZE}, 1,400 after).
 * No production server runs so, so a benchmark that did would measure the configuration, not the hub. When
 * autovacuum is on, this does nothing.
 */
final class Autovacuum implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Autovacuum.class);

    private final ScheduledExecutorService vacuum;

    private Autovacuum(ScheduledExecutorService vacuum) {
        this.vacuum = vacuum;
    }

    /** Vacuums and analyses the database every {@code seconds} when the server's own autovacuum is off. */
    static Autovacuum standIn(JdbcTemplate jdbc, int seconds) {
        if (seconds <= 0 || "on".equals(jdbc.queryForObject("show autovacuum", String.class))) {
            return new Autovacuum(null);
        }
        ScheduledExecutorService vacuum = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "autovacuum-stand-in");
            thread.setDaemon(true);
            return thread;
        });
        vacuum.scheduleWithFixedDelay(
                () -> {
                    try {
                        jdbc.execute("vacuum analyze");
                    } catch (RuntimeException e) {
                        log.warn("vacuum analyze failed: {}", e.getClass().getSimpleName());
                    }
                },
                0,
                seconds,
                TimeUnit.SECONDS);
        return new Autovacuum(vacuum);
    }

    /**
     * Once, now, when the server's autovacuum is off: statistics for the planner and no dead rows from the load
     * before, without a vacuum's work landing in the measured time. Answers whether it ran.
     */
    static boolean once(JdbcTemplate jdbc) {
        if ("on".equals(jdbc.queryForObject("show autovacuum", String.class))) {
            return false;
        }
        jdbc.execute("vacuum analyze");
        return true;
    }

    /** Whether it stood in for the server's autovacuum. */
    boolean active() {
        return vacuum != null;
    }

    @Override
    public void close() {
        if (vacuum != null) {
            vacuum.shutdownNow();
        }
    }
}
