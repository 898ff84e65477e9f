package org.thinkfamily.hub.projection;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thinkfamily.hub.eventstore.EventStoreProperties;
import org.thinkfamily.hub.privacy.PersonKeys;
import org.thinkfamily.hub.privacy.PersonalDataProtector;

/**
 * Rebuilds a streaming projection from the event store into shadow tables while the hub keeps serving from
 * the live ones, then swaps them in. On PostgreSQL only (it copies the live tables' definitions and renames
 * tables in one transaction).
 * <ol>
 *   <li>Creates {@code <table>_rebuild} like each live table, with its indexes.</li>
 *   <li>Replays every stored event into them through a fresh instance of the projection's handlers, the
 *       inserts sent as JDBC batches, a chunk of events per transaction. The live projection carries on.</li>
 *   <li>Takes every claim on the projection's segments in the token store and, when a node held one, holds them for a claim timeout:
 *       a node's processor touches its claims more often than that, so by then each has failed a token update,
 *       rolled that batch back and dropped what it held in memory, and the live tables hold still. Reads see
 *       them a little behind meanwhile.</li>
 *   <li>Replays what was stored meanwhile into the shadow, then, in one transaction, drops the live tables,
 *       renames the shadows (and their indexes) to the live names, gives every segment the token of the last
 *       event replayed (with its gaps), clears the projection's parked events (all were replayed) and
 *       releases the claims. Reads wait only for that transaction.</li>
 *   <li>The nodes claim the segments again and carry on from the shadow's position.</li>
 * </ol>
 * An event the handlers cannot take stops the rebuild with its global index; the live tables are untouched
 * and the claims are released.
 */
@Component
public class ShadowRebuild {

    private static final Logger log = LoggerFactory.getLogger(ShadowRebuild.class);

    /** Events applied per transaction. */
    private static final int CHUNK = 5_000;

    static final String SUFFIX = "_rebuild";

    /**
     * What a rebuild did: events replayed, the global index it reached, how long it took, and whether it held the
     * claims for a claim timeout because a node was running the projection.
     */
    public record Result(
            String projection, long eventsReplayed, long headIndex, double seconds, boolean waitedForNodes) {

        public double eventsPerSecond() {
            return seconds == 0 ? eventsReplayed : eventsReplayed / seconds;
        }
    }

    private final Map<String, ShadowRebuildable> projections = new LinkedHashMap<>();
    private final EventStorageEngine store;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Serializer tokenSerializer;
    private final Serializer eventSerializer;
    private final PersonalDataProtector protector;
    private final EventStoreProperties properties;

    ShadowRebuild(
            List<ShadowRebuildable> projections,
            EventStorageEngine store,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            @Qualifier("serializer") Serializer tokenSerializer,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            PersonalDataProtector protector,
            EventStoreProperties properties) {
        projections.forEach(p -> this.projections.put(p.processingGroup(), p));
        this.store = store;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.tokenSerializer = tokenSerializer;
        this.eventSerializer = eventSerializer;
        this.protector = protector;
        this.properties = properties;
    }

    /** The processing groups this can rebuild. */
    public List<String> rebuildable() {
        return List.copyOf(projections.keySet());
    }

    /** Whether the database can take a rebuild while serving (PostgreSQL). */
    public boolean supported() {
        String product = jdbc.execute((java.sql.Connection c) -> {
            DatabaseMetaData meta = c.getMetaData();
            return meta.getDatabaseProductName();
        });
        return "PostgreSQL".equals(product);
    }

    /**
     * Rebuilds {@code processingGroup} while the hub serves, reporting progress as the global index replayed.
     *
     * @throws IllegalArgumentException for a projection this cannot rebuild
     * @throws IllegalStateException when the database is not PostgreSQL, the hub never started the projection,
     *     or an event cannot be replayed; nothing live has changed then
     */
    public Result rebuild(String processingGroup, LongConsumer progress) {
        ShadowRebuildable projection = projections.get(processingGroup);
        if (projection == null) {
            throw new IllegalArgumentException(
                    "no shadow rebuild for " + processingGroup + "; rebuildable while serving: " + rebuildable());
        }
        if (!supported()) {
            throw new IllegalStateException(
                    "rebuilding while serving needs PostgreSQL; on the embedded database stop the hub and rebuild cold");
        }
        // one rebuild of a projection at a time, across every node and tool: a second would drop the first's shadows
        try (Connection lock = Objects.requireNonNull(jdbc.getDataSource()).getConnection()) {
            if (!advisoryLock(lock, "pg_try_advisory_lock", processingGroup)) {
                throw new IllegalStateException("a rebuild of " + processingGroup + " is running already");
            }
            try {
                return rebuild(processingGroup, projection, progress);
            } finally {
                advisoryLock(lock, "pg_advisory_unlock", processingGroup);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the database could not be reached for the rebuild", e);
        }
    }

    private static boolean advisoryLock(Connection connection, String function, String processingGroup)
            throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("select " + function + "(hashtext('shadow-rebuild:' || ?))")) {
            statement.setString(1, processingGroup);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private Result rebuild(String processingGroup, ShadowRebuildable projection, LongConsumer progress) {
        int segments = jdbc.queryForObject(
                "select count(*) from token_entry where processor_name = ?", Integer.class, processingGroup);
        if (segments == 0) {
            throw new IllegalStateException("the hub has not started projection " + processingGroup + " yet");
        }
        Instant started = Instant.now();
        Shadow shadow = new Shadow(projection.tables(), projection.indexesBuiltAfterReplay());
        shadow.create();
        Claims claims = new Claims(processingGroup, segments);
        try {
            Replay replay = new Replay(new AnnotationEventHandlerAdapter(projection.handlers(shadow.writes)), shadow);
            replay.catchUp(progress, () -> {});
            shadow.buildIndexesLeftOut();
            claims.take();
            claims.holdWhile(() -> replay.catchUp(progress, claims::extend));
            long head = replay.position();
            transaction.executeWithoutResult(status -> {
                shadow.swap();
                jdbc.update("delete from dead_letter_entry where processing_group = ?", processingGroup);
                claims.hand(replay.token);
            });
            progress.accept(head);
            Result result = new Result(
                    processingGroup,
                    replay.events,
                    head,
                    Duration.between(started, Instant.now()).toMillis() / 1000.0,
                    claims.heldByANode);
            log.info(
                    "Rebuilt {} in shadow tables: {} events to global index {} in {} s",
                    processingGroup,
                    result.eventsReplayed(),
                    head,
                    result.seconds());
            return result;
        } catch (RuntimeException e) {
            claims.release();
            shadow.drop();
            throw e;
        }
    }

    /** Replays the store into the shadow, from the start, a chunk of events per transaction. */
    private final class Replay {

        private final AnnotationEventHandlerAdapter handlers;
        private final Shadow shadow;
        private TrackingToken token;
        private long events;
        private long chunks;

        Replay(AnnotationEventHandlerAdapter handlers, Shadow shadow) {
            this.handlers = handlers;
            this.shadow = shadow;
        }

        long position() {
            return token == null ? 0 : token.position().orElse(0);
        }

        /**
         * Until the store has nothing newer; {@code afterChunk} runs after each chunk's commit. The next chunk is
         * read and its payloads deserialised on another thread while this one is applied.
         */
        void catchUp(LongConsumer progress, Runnable afterChunk) {
            ExecutorService reader = Executors.newSingleThreadExecutor(r -> new Thread(r, "shadow-rebuild-reader"));
            try {
                Future<List<TrackedEventMessage<?>>> next = reader.submit(() -> read(token));
                while (true) {
                    List<TrackedEventMessage<?>> chunk = next.get();
                    if (chunk.isEmpty()) {
                        return;
                    }
                    TrackingToken last = chunk.get(chunk.size() - 1).trackingToken();
                    next = reader.submit(() -> read(last));
                    transaction.executeWithoutResult(status -> {
                        // a chunk lost to a crash is replayed by the next rebuild, which starts its shadow afresh: no
                        // need to wait for the disk at each chunk's commit (the swap, below, does wait)
                        jdbc.execute("set local synchronous_commit = off");
                        chunk.forEach(this::apply);
                        shadow.writes.flushAll();
                    });
                    token = last;
                    events += chunk.size();
                    shadow.analyzeAfter(++chunks);
                    progress.accept(position());
                    afterChunk.run();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("rebuild interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the event store could not be read", e.getCause());
            } finally {
                reader.shutdownNow();
            }
        }

        /** The next chunk after {@code from}, each payload the handlers take already deserialised. */
        private List<TrackedEventMessage<?>> read(TrackingToken from) {
            List<TrackedEventMessage<?>> chunk = new ArrayList<>(CHUNK);
            try (Stream<? extends TrackedEventMessage<?>> stream = store.readEvents(from, false)) {
                Iterator<? extends TrackedEventMessage<?>> it = stream.iterator();
                while (chunk.size() < CHUNK && it.hasNext()) {
                    chunk.add(it.next());
                }
            }
            List<TrackedEventMessage<?>> handled =
                    chunk.stream().filter(handlers::canHandle).toList();
            // the keys their personal data is sealed under, read in one go (the stored bytes, not deserialised)
            List<byte[]> stored = handled.stream()
                    .map(event -> event.serializePayload(eventSerializer, byte[].class)
                            .getData())
                    .toList();
            try (PersonKeys.ReadAhead keys = protector.readAhead(stored)) {
                handled.forEach(event -> {
                    event.getPayload();
                    // parsed once and kept by the message: here, not on the thread that writes
                    event.getTimestamp();
                });
            }
            return chunk;
        }

        private void apply(TrackedEventMessage<?> event) {
            try {
                if (handlers.canHandle(event)) {
                    handlers.handle(event);
                }
            } catch (Exception e) {
                throw new IllegalStateException(
                        "the event at global index "
                                + event.trackingToken().position().orElse(-1)
                                + " could not be replayed into the shadow tables",
                        e);
            }
        }
    }

    /** The shadow of each live table, and the batched writes into them. */
    private final class Shadow {

        private final List<String> tables;
        private final Set<String> builtAfterReplay;
        /** The indexes left out of the shadow while the store is replayed: each index's statement. */
        private final List<String> leftOut = new ArrayList<>();

        final BatchedWrites writes;

        Shadow(List<String> tables, Set<String> builtAfterReplay) {
            this.tables = tables;
            this.builtAfterReplay = builtAfterReplay;
            this.writes = new BatchedWrites(jdbc, SUFFIX, tables);
        }

        /** Each shadow like its live table, without the indexes built after the replay. */
        void create() {
            Set<String> unknown = new HashSet<>(builtAfterReplay);
            transaction.executeWithoutResult(status -> tables.forEach(table -> {
                // names come from code (each projection's table list), never from input
                jdbc.execute("drop table if exists " + table + SUFFIX);
                jdbc.execute("create table " + table + SUFFIX + " (like " + table + " including all)");
                Map<String, String> shadow = indexes(table + SUFFIX);
                indexes(table).forEach((shape, name) -> {
                    if (unknown.remove(name)) {
                        jdbc.execute("drop index " + shadow.get(shape));
                        leftOut.add(shape.replaceFirst(" ON ", " ON " + table + SUFFIX + " "));
                    }
                });
            }));
            if (!unknown.isEmpty()) {
                drop();
                throw new IllegalStateException("no such index on the projection's tables: " + unknown);
            }
        }

        /**
         * Statistics for the shadow tables while they are young: after the 1st, 2nd, 4th, 8th and 16th chunk. They
         * start empty, and PostgreSQL keeps the plan it chose for a prepared statement while a table was empty
         * (reading the whole table) until the table's statistics change: a replay of a million events stalled after
         * 20,000, each merge into the members' shadow reading all of it. Past a few chunks the plan of a look-up by
         * key no longer changes, and each analysis of a larger table costs more.
         */
        void analyzeAfter(long chunks) {
            if (chunks <= 16 && Long.bitCount(chunks) == 1) {
                tables.forEach(table -> jdbc.execute("analyze " + table + SUFFIX));
            }
        }

        /** Builds the indexes left out, before the claims are taken: the hub still serves from the live tables. */
        void buildIndexesLeftOut() {
            leftOut.forEach(jdbc::execute);
            leftOut.clear();
        }

        /** In the caller's transaction: the shadows take the live tables' names, and their indexes' names. */
        void swap() {
            for (String table : tables) {
                jdbc.execute("lock table " + table + " in access exclusive mode");
            }
            for (String table : tables) {
                Map<String, String> live = indexes(table);
                Map<String, String> shadow = indexes(table + SUFFIX);
                jdbc.execute("drop table " + table);
                jdbc.execute("alter table " + table + SUFFIX + " rename to " + table);
                shadow.forEach((definition, name) -> {
                    String liveName = live.get(definition);
                    if (liveName != null) {
                        jdbc.execute("alter index " + name + " rename to " + liveName);
                    }
                });
            }
        }

        void drop() {
            try {
                tables.forEach(table -> jdbc.execute("drop table if exists " + table + SUFFIX));
            } catch (RuntimeException e) {
                log.warn("The shadow tables could not be dropped; the next rebuild replaces them", e);
            }
        }

        /** Each index of a table by its definition without its own name and the table's, to its name. */
        private Map<String, String> indexes(String table) {
            Map<String, String> byDefinition = new HashMap<>();
            jdbc.query(
                    "select indexname, indexdef from pg_indexes where schemaname = current_schema() and tablename = ?",
                    row -> {
                        String name = row.getString(1);
                        String definition = row.getString(2);
                        String shape = definition
                                .replace(" INDEX " + name + " ON ", " INDEX ON ")
                                .replaceFirst(" ON (\\S+\\.)?" + table + " ", " ON ");
                        byDefinition.put(shape, name);
                    },
                    table);
            return byDefinition;
        }
    }

    /** The projection's claims in the token store, taken from the nodes and handed back with the new position. */
    private final class Claims {

        private final String processingGroup;
        private final int segments;
        private final String owner;

        Claims(String processingGroup, int segments) {
            this.processingGroup = processingGroup;
            this.segments = segments;
            this.owner = "rebuild@" + properties.nodeIdOrDefault();
        }

        /** Whether a node held a live claim when they were taken: then its processor must notice before the swap. */
        private boolean heldByANode;

        /** Every segment's claim, from whoever holds it: their next token update fails and rolls back. */
        void take() {
            Instant fresh = Instant.now().minus(properties.claimTimeout());
            transaction.executeWithoutResult(status -> {
                heldByANode = jdbc
                        .queryForList(
                                "select owner, timestamp from token_entry where processor_name = ? for update",
                                processingGroup)
                        .stream()
                        .anyMatch(claim -> claim.get("owner") != null
                                && DateTimeUtils.parseInstant((String) claim.get("timestamp"))
                                        .isAfter(fresh));
                jdbc.update(
                        "update token_entry set owner = ?, timestamp = ? where processor_name = ?",
                        owner,
                        now(),
                        processingGroup);
            });
        }

        /**
         * Runs {@code work} until the claims have been held for a claim timeout: every node's processor has
         * touched its claims since they were taken (it must, more often than that, to keep them), found them
         * gone and let go of the position it held in memory.
         */
        void holdWhile(Runnable work) {
            // no node held a live claim (every hub stopped, or its claims expired): nobody to wait for
            Instant noticed = heldByANode ? Instant.now().plus(properties.claimTimeout()) : Instant.now();
            do {
                work.run();
                extend();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("rebuild of " + processingGroup + " interrupted", e);
                }
            } while (Instant.now().isBefore(noticed));
            work.run();
        }

        /** Keeps the claims fresh, so no node takes them back as expired. */
        void extend() {
            int held = jdbc.update(
                    "update token_entry set timestamp = ? where processor_name = ? and owner = ?",
                    now(),
                    processingGroup,
                    owner);
            if (held != segments) {
                throw new IllegalStateException(
                        "lost the claim on projection " + processingGroup + " while rebuilding");
            }
        }

        /** In the caller's transaction: every segment goes on from {@code token}, free for the nodes to claim. */
        void hand(TrackingToken token) {
            // none when the store is empty: the segments start from the beginning
            var serialized = token == null ? null : tokenSerializer.serialize(token, byte[].class);
            int handed = jdbc.update(
                    "update token_entry set token = ?, token_type = ?, owner = null, timestamp = ?"
                            + " where processor_name = ? and owner = ?",
                    serialized == null ? null : serialized.getData(),
                    serialized == null ? null : serialized.getType().getName(),
                    now(),
                    processingGroup,
                    owner);
            if (handed != segments) {
                throw new IllegalStateException(
                        "lost the claim on projection " + processingGroup + " while rebuilding");
            }
        }

        void release() {
            try {
                jdbc.update(
                        "update token_entry set owner = null where processor_name = ? and owner = ?",
                        processingGroup,
                        owner);
            } catch (RuntimeException e) {
                log.warn("The rebuild's claims could not be released; they expire after the claim timeout", e);
            }
        }

        private static String now() {
            return DateTimeUtils.formatInstant(Instant.now());
        }
    }
}
