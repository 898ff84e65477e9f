package org.thinkfamily.hub.integrity;

import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the history chain and every stored event's digest, and says whether the history is as it was chained:
 * the first global index where it differs and how. Reads one consistent snapshot of the store (repeatable read), so
 * a hub may keep serving meanwhile; what it stored after the chain's last segment is counted as not yet chained.
 */
@Component
public class HistoryVerification {

    /** How a stored history differs from its chain. */
    public enum Kind {
        /** the event at this index is not the one chained there */
        CHANGED,
        /** the event chained at this index is not in the store */
        MISSING,
        /** an event at this index was never chained */
        INSERTED,
        /** the event at this index was chained at another one */
        REORDERED,
        /** a segment of the chain itself was altered, removed or added */
        CHAIN_BROKEN,
        /** an anchor recorded outside the hub is not a link of the chain */
        ANCHOR_NOT_FOUND;

        @JsonValue
        public String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** @param globalIndex where it differs (null for an anchor); {@code detail} names ids and indexes only */
    public record Difference(Long globalIndex, Kind kind, String detail) {}

    /**
     * @param differences the first 100, lowest index first
     */
    public record Result(
            boolean intact,
            long eventsChecked,
            long segments,
            long horizon,
            long notYetChained,
            String headLink,
            int differenceCount,
            List<Difference> differences) {

        public Difference first() {
            return differences.isEmpty() ? null : differences.get(0);
        }
    }

    private static final int REPORTED = 100;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;

    HistoryVerification(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    /**
     * @param anchors  links recorded earlier outside the hub (the log, {@code GET /api/v1/audit/integrity}); each must
     *                 still be a link of the chain, which a chain recomputed after tampering would not hold
     * @param progress the global index reached, as the events are read
     */
    public Result verify(List<String> anchors, LongConsumer progress) {
        return snapshot.execute(status -> verifyInSnapshot(anchors, progress));
    }

    private Result verifyInSnapshot(List<String> anchors, LongConsumer progress) {
        List<Difference> differences = new ArrayList<>();
        Chained chained = new Chained();
        Set<String> links = new HashSet<>();
        byte[][] previous = {HistoryChain.FIRST_LINK};
        long[] segments = {0};
        jdbc.query("select position, horizon, entries, link from history_chain order by position", rs -> {
            long position = rs.getLong("position");
            byte[] entries = rs.getBytes("entries");
            byte[] link = rs.getBytes("link");
            segments[0]++;
            boolean linked = position == segments[0]
                    && Arrays.equals(link, EventDigest.link(previous[0], position, entries))
                    && entries.length % HistoryChain.ENTRY == 0;
            if (!linked && differences.stream().noneMatch(d -> d.kind() == Kind.CHAIN_BROKEN)) {
                differences.add(new Difference(
                        entries.length >= Long.BYTES ? ByteBuffer.wrap(entries).getLong() : null,
                        Kind.CHAIN_BROKEN,
                        "segment " + position + " of the chain does not follow from the one before it"));
            }
            chained.add(entries);
            chained.horizon = Math.max(chained.horizon, rs.getLong("horizon"));
            previous[0] = link;
            links.add(EventDigest.hex(link));
        });
        for (String anchor : anchors) {
            if (!links.contains(anchor.toLowerCase(Locale.ROOT))) {
                differences.add(new Difference(
                        null, Kind.ANCHOR_NOT_FOUND, "no segment of the chain has the anchored link " + anchor));
            }
        }
        chained.sort();
        Set<Long> gaps = new HashSet<>(jdbc.queryForList("select global_index from history_chain_gap", Long.class));

        // the stored events against the chain, both in global-index order
        List<long[]> missing = new ArrayList<>(); // {index}
        Map<Long, byte[]> actualOf = new HashMap<>(); // changed or inserted: index -> the digest stored there
        long[] checked = {0};
        long[] notYetChained = {0};
        int[] next = {0};
        jdbc.query("select " + EventDigest.COLUMNS + " from domain_event_entry order by global_index", rs -> {
            long index = rs.getLong("global_index");
            while (next[0] < chained.size && chained.index(next[0]) < index) {
                missing.add(new long[] {chained.index(next[0]++)});
            }
            byte[] digest = EventDigest.of(rs);
            if (next[0] < chained.size && chained.index(next[0]) == index) {
                if (!chained.digestIs(next[0], digest)) {
                    actualOf.put(index, digest);
                }
                next[0]++;
            } else if (index > chained.horizon || gaps.contains(index)) {
                notYetChained[0]++;
            } else {
                actualOf.put(index, digest);
            }
            checked[0]++;
            if (checked[0] % 10_000 == 0) {
                progress.accept(index);
            }
        });
        while (next[0] < chained.size) {
            missing.add(new long[] {chained.index(next[0]++)});
        }
        progress.accept(chained.horizon);

        // an event found at another index than the one it was chained at is reordered, not changed or missing
        Map<ByteBuffer, Long> chainedAtAnomaly = new HashMap<>();
        missing.forEach(m -> chainedAtAnomaly.put(ByteBuffer.wrap(chained.digestAt(m[0])), m[0]));
        actualOf.keySet().forEach(index -> {
            byte[] expected = chained.digestAt(index);
            if (expected != null) {
                chainedAtAnomaly.put(ByteBuffer.wrap(expected), index);
            }
        });
        Set<ByteBuffer> storedAtAnomaly = new HashSet<>();
        actualOf.values().forEach(d -> storedAtAnomaly.add(ByteBuffer.wrap(d)));
        for (long[] m : missing) {
            boolean moved = storedAtAnomaly.contains(ByteBuffer.wrap(chained.digestAt(m[0])));
            differences.add(new Difference(
                    m[0],
                    moved ? Kind.REORDERED : Kind.MISSING,
                    moved
                            ? "the event chained at " + m[0] + " is stored at another index"
                            : "the event chained at " + m[0] + " is not in the store"));
        }
        actualOf.forEach((index, digest) -> {
            Long chainedAt = chainedAtAnomaly.get(ByteBuffer.wrap(digest));
            boolean wasChained = chained.digestAt(index) != null;
            if (chainedAt != null && chainedAt != index.longValue()) {
                differences.add(new Difference(
                        index, Kind.REORDERED, "the event stored at " + index + " was chained at " + chainedAt));
            } else {
                differences.add(new Difference(
                        index,
                        wasChained ? Kind.CHANGED : Kind.INSERTED,
                        wasChained
                                ? "the event stored at " + index + " is not the one chained there"
                                : "the event stored at " + index + " was never chained"));
            }
        });
        differences.sort(
                Comparator.comparing(Difference::globalIndex, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new Result(
                differences.isEmpty(),
                checked[0],
                segments[0],
                chained.horizon,
                notYetChained[0],
                EventDigest.hex(previous[0]),
                differences.size(),
                List.copyOf(differences.subList(0, Math.min(REPORTED, differences.size()))));
    }

    /** Every chained (index, digest), in arrays rather than objects: a store of millions fits in a few dozen MB. */
    private static final class Chained {
        long[] indexes = new long[1024];
        byte[] digests = new byte[1024 * EventDigest.LENGTH];
        int size;
        long horizon;

        void add(byte[] entries) {
            ByteBuffer buffer = ByteBuffer.wrap(entries);
            while (buffer.remaining() >= HistoryChain.ENTRY) {
                if (size == indexes.length) {
                    indexes = Arrays.copyOf(indexes, size * 2);
                    digests = Arrays.copyOf(digests, size * 2 * EventDigest.LENGTH);
                }
                indexes[size] = buffer.getLong();
                buffer.get(digests, size * EventDigest.LENGTH, EventDigest.LENGTH);
                size++;
            }
        }

        /** Segments chain late events after later ones: order by index (mostly in order already). */
        void sort() {
            boolean ordered = true;
            for (int i = 1; i < size && ordered; i++) {
                ordered = indexes[i - 1] < indexes[i];
            }
            if (ordered) {
                return;
            }
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingLong(i -> indexes[i]));
            long[] sortedIndexes = new long[size];
            byte[] sortedDigests = new byte[size * EventDigest.LENGTH];
            for (int i = 0; i < size; i++) {
                sortedIndexes[i] = indexes[order[i]];
                System.arraycopy(
                        digests,
                        order[i] * EventDigest.LENGTH,
                        sortedDigests,
                        i * EventDigest.LENGTH,
                        EventDigest.LENGTH);
            }
            indexes = sortedIndexes;
            digests = sortedDigests;
        }

        long index(int i) {
            return indexes[i];
        }

        boolean digestIs(int i, byte[] digest) {
            return Arrays.equals(
                    digests, i * EventDigest.LENGTH, (i + 1) * EventDigest.LENGTH, digest, 0, EventDigest.LENGTH);
        }

        /** @return the digest chained at this index, or null when none was */
        byte[] digestAt(long index) {
            int i = Arrays.binarySearch(indexes, 0, size, index);
            return i < 0 ? null : Arrays.copyOfRange(digests, i * EventDigest.LENGTH, (i + 1) * EventDigest.LENGTH);
        }
    }
}
