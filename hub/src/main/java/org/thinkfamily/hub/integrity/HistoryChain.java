package org.thinkfamily.hub.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thinkfamily.hub.privacy.SafeErrors;

/**
 * Keeps the hash chain over the stored events: every second (or at once while behind) the events stored since are
 * digested in global-index order and chained as one segment. An index missing below the chained horizon is
 * remembered as a gap: when its event turns up (a transaction that committed late) it is chained in a later segment;
 * after the gap window it is forgotten, so an event that appears there afterwards is reported as inserted. One node
 * at a time extends the chain (a row lock); each segment's link is logged, so the log anchors the chain outside the
 * database.
 */
@Component
public class HistoryChain implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(HistoryChain.class);

    static final byte[] FIRST_LINK = new byte[EventDigest.LENGTH];
    static final int ENTRY = Long.BYTES + EventDigest.LENGTH;
    private static final int IN_LIST = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final IntegrityProperties properties;
    private final Clock clock;
    private ScheduledExecutorService keeper;
    private volatile boolean running;

    HistoryChain(
            JdbcTemplate jdbc, PlatformTransactionManager transactions, IntegrityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.properties = properties;
        this.clock = clock;
    }

    /** Chains what was stored since the last segment, in one transaction. @return the events chained */
    public int extend() {
        Integer chained = transaction.execute(status -> extendLocked());
        return chained == null ? 0 : chained;
    }

    private int extendLocked() {
        jdbc.queryForObject("select id from history_chain_lock where id = 1 for update", Integer.class);
        Instant now = clock.instant();
        Head head = jdbc.query(
                "select position, horizon, link from history_chain order by position desc limit 1",
                rs -> rs.next() ? new Head(rs.getLong(1), rs.getLong(2), rs.getBytes(3)) : new Head(0, 0, FIRST_LINK));
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        int[] count = {0};

        // events stored late, in indexes an earlier segment passed as gaps
        List<Long> gaps =
                jdbc.queryForList("select global_index from history_chain_gap order by global_index", Long.class);
        List<Long> filled = new ArrayList<>();
        for (int from = 0; from < gaps.size(); from += IN_LIST) {
            List<Long> some = gaps.subList(from, Math.min(gaps.size(), from + IN_LIST));
            jdbc.query(
                    "select " + EventDigest.COLUMNS + " from domain_event_entry where global_index in ("
                            + String.join(",", java.util.Collections.nCopies(some.size(), "?"))
                            + ") order by global_index",
                    rs -> {
                        long index = rs.getLong("global_index");
                        write(entries, index, EventDigest.of(rs));
                        filled.add(index);
                        count[0]++;
                    },
                    some.toArray());
        }
        if (!filled.isEmpty()) {
            jdbc.batchUpdate(
                    "delete from history_chain_gap where global_index = ?",
                    filled.stream().map(index -> new Object[] {index}).toList());
        }

        // events stored above the horizon, in order; an index skipped is a gap
        long[] horizon = {head.horizon()};
        List<Object[]> newGaps = new ArrayList<>();
        Timestamp seen = Timestamp.from(now);
        jdbc.query(
                "select " + EventDigest.COLUMNS
                        + " from domain_event_entry where global_index > ? order by global_index" + " limit ?",
                rs -> {
                    long index = rs.getLong("global_index");
                    for (long gap = horizon[0] + 1; gap < index; gap++) {
                        newGaps.add(new Object[] {gap, seen});
                    }
                    write(entries, index, EventDigest.of(rs));
                    horizon[0] = index;
                    count[0]++;
                },
                head.horizon(),
                properties.segmentSize());
        if (!newGaps.isEmpty()) {
            jdbc.batchUpdate("insert into history_chain_gap (global_index, first_seen) values (?, ?)", newGaps);
        }
        jdbc.update(
                "delete from history_chain_gap where first_seen < ?",
                Timestamp.from(now.minus(properties.gapWindow())));
        if (count[0] == 0) {
            return 0;
        }
        long position = head.position() + 1;
        byte[] bytes = entries.toByteArray();
        byte[] link = EventDigest.link(head.link(), position, bytes);
        jdbc.update(
                "insert into history_chain (position, horizon, event_count, entries, link, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                position,
                horizon[0],
                count[0],
                bytes,
                link,
                seen);
        log.info(
                "history chain extended: segment={} events={} horizon={} link={}",
                position,
                count[0],
                horizon[0],
                EventDigest.hex(link));
        return count[0];
    }

    private static void write(ByteArrayOutputStream entries, long index, byte[] digest) {
        entries.writeBytes(ByteBuffer.allocate(ENTRY).putLong(index).put(digest).array());
    }

    /** The chain's last segment: what an auditor records outside the hub, to hold a later verify to. */
    public ChainHead head() {
        return jdbc.query(
                "select position, horizon, link, recorded_at,"
                        + " (select coalesce(sum(event_count), 0) from history_chain) as events"
                        + " from history_chain order by position desc limit 1",
                rs -> rs.next()
                        ? new ChainHead(
                                rs.getLong("position"),
                                rs.getLong("events"),
                                rs.getLong("horizon"),
                                EventDigest.hex(rs.getBytes("link")),
                                rs.getTimestamp("recorded_at").toInstant())
                        : new ChainHead(0, 0, 0, EventDigest.hex(FIRST_LINK), null));
    }

    /** @param segments the segments so far; {@code link} is the last one's, to quote to {@code verify --anchor} */
    public record ChainHead(long segments, long eventsChained, long horizon, String link, Instant recordedAt) {}

    private record Head(long position, long horizon, byte[] link) {}

    private void keep() {
        try {
            while (extend() >= properties.segmentSize() && running) {
                // behind (a first start on an existing store, a burst of ingest): the next segment at once
            }
        } catch (RuntimeException e) {
            log.warn("history chain not extended this time: {}", SafeErrors.describe(e));
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        if (properties.keeper() && keeper == null) {
            keeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "history-chain");
                thread.setDaemon(true);
                return thread;
            });
            long every = properties.extendEvery().toMillis();
            keeper.scheduleWithFixedDelay(this::keep, every, every, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (keeper != null) {
            keeper.shutdown();
            try {
                keeper.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            keeper = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
