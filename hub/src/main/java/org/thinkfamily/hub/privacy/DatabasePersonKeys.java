package org.thinkfamily.hub.privacy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.thinkfamily.hub.transaction.TransactionScope;

/**
 * People's keys in the {@code person_key} table, beside the events they seal. A destroyed key's row stays, with
 * no key and the time it was destroyed, so no key is ever made for that subject again. A key read or made inside
 * a transaction is remembered by the node only once that transaction commits, so a key rolled back is never used.
 */
final class DatabasePersonKeys implements PersonKeys {

    private static final int KEY_BYTES = 32;

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();
    /** A subject's key, or an empty array for a subject erased. */
    private final Cache<String, byte[]> known;

    private final Duration erasureCheckEvery;
    private final AtomicReference<Instant> erasuresCheckedAt = new AtomicReference<>(Instant.now());

    private volatile Boolean postgres;

    /**
     * Keys read ahead for this thread ({@link #readAhead}); {@link #NO_ROW} (this very array: an erased subject's is
     * another empty one) for a subject with none.
     */
    private final ThreadLocal<Map<String, byte[]>> ahead = new ThreadLocal<>();

    private static final byte[] NO_ROW = new byte[0];
    private static final int READ_AHEAD_STATEMENT = 1_000;

    DatabasePersonKeys(JdbcTemplate jdbc, PrivacyProperties properties) {
        this.jdbc = jdbc;
        this.erasureCheckEvery = properties.erasureCheckEvery();
        this.known = Caffeine.newBuilder()
                .maximumSize(properties.keyCacheSize())
                .expireAfterAccess(properties.keyCacheIdle())
                .build();
    }

    /**
     * Forgets the keys destroyed elsewhere (another node, a tool) since the last look, at most once per
     * {@code erasure-check-every}. Looks back a minute further than the last look: an erasure's time is taken before
     * its transaction commits.
     */
    private void forgetErasedElsewhere() {
        Instant last = erasuresCheckedAt.get();
        Instant now = Instant.now();
        if (Duration.between(last, now).compareTo(erasureCheckEvery) < 0
                || !erasuresCheckedAt.compareAndSet(last, now)) {
            return;
        }
        jdbc.queryForList(
                        "select data_subject from person_key where erased_at >= ?",
                        String.class,
                        Timestamp.from(last.minus(Duration.ofMinutes(1))))
                .forEach(known::invalidate);
    }

    @Override
    public Optional<SecretKey> keyFor(String dataSubject) {
        forgetErasedElsewhere();
        byte[] held = held(dataSubject);
        if (held == null || held == NO_ROW) {
            byte[] made = new byte[KEY_BYTES];
            random.nextBytes(made);
            // most subjects asked for here are new (a record just registered): make the key first, read only if
            // the subject had one
            held = postgres() ? insertReturning(dataSubject, made) : null;
            if (held == null) {
                held = read(dataSubject);
            }
            if (held == null) {
                insertRow(dataSubject, made, null);
                held = read(dataSubject);
            }
            remember(dataSubject, held);
        }
        return asKey(held);
    }

    /** The key made, or null when the subject already had a row (another transaction may be making it). */
    private byte[] insertReturning(String dataSubject, byte[] key) {
        List<byte[]> made = jdbc.query(
                "insert into person_key (data_subject, key_bytes, created_at) values (?, ?, ?)"
                        + " on conflict do nothing returning key_bytes",
                (rs, n) -> rs.getBytes(1),
                dataSubject,
                key,
                Timestamp.from(Instant.now()));
        return made.isEmpty() ? null : made.get(0);
    }

    @Override
    public Optional<SecretKey> existing(String dataSubject) {
        forgetErasedElsewhere();
        byte[] held = held(dataSubject);
        if (held == NO_ROW) {
            return Optional.empty();
        }
        if (held == null) {
            held = read(dataSubject);
            if (held == null) {
                return Optional.empty();
            }
            remember(dataSubject, held);
        }
        return asKey(held);
    }

    @Override
    public void destroy(Collection<String> dataSubjects) {
        Timestamp now = Timestamp.from(Instant.now());
        for (String subject : dataSubjects) {
            if (jdbc.update(
                            "update person_key set key_bytes = null, erased_at = coalesce(erased_at, ?) where data_subject = ?",
                            now,
                            subject)
                    == 0) {
                insertRow(subject, null, now);
            }
            known.invalidate(subject);
            Map<String, byte[]> readAhead = ahead.get();
            if (readAhead != null) {
                readAhead.replace(subject, new byte[0]);
            }
            Map<String, byte[]> ofTransaction = ofTransaction(false);
            if (ofTransaction != null) {
                ofTransaction.put(subject, new byte[0]);
            }
        }
        List<String> subjects = List.copyOf(dataSubjects);
        if (TransactionScope.active()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    known.invalidateAll(subjects);
                }
            });
        }
    }

    @Override
    public ReadAhead readAhead(Collection<String> dataSubjects) {
        Map<String, byte[]> read = new HashMap<>();
        List<String> subjects = List.copyOf(dataSubjects);
        for (int from = 0; from < subjects.size(); from += READ_AHEAD_STATEMENT) {
            List<String> some = subjects.subList(from, Math.min(subjects.size(), from + READ_AHEAD_STATEMENT));
            some.forEach(subject -> read.put(subject, NO_ROW));
            jdbc.query(
                    "select data_subject, key_bytes, erased_at from person_key where data_subject in ("
                            + String.join(", ", Collections.nCopies(some.size(), "?")) + ")",
                    rs -> {
                        read.put(rs.getString(1), keyOf(rs.getBytes(2), rs.getTimestamp(3)));
                    },
                    some.toArray());
        }
        // within another read-ahead of this thread: both until this one closes, then that one's again
        Map<String, byte[]> before = ahead.get();
        if (before != null) {
            before.forEach(read::putIfAbsent);
        }
        ahead.set(read);
        return () -> {
            if (before == null) {
                ahead.remove();
            } else {
                ahead.set(before);
            }
        };
    }

    /** The key, an empty array when destroyed, or null when there is no row. */
    private byte[] read(String dataSubject) {
        List<byte[]> rows = jdbc.query(
                "select key_bytes, erased_at from person_key where data_subject = ?",
                (rs, n) -> keyOf(rs.getBytes(1), rs.getTimestamp(2)),
                dataSubject);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** A row's key as held: an empty array once destroyed. */
    private static byte[] keyOf(byte[] key, Timestamp erasedAt) {
        return erasedAt != null || key == null ? new byte[0] : key;
    }

    private void insertRow(String dataSubject, byte[] key, Timestamp erasedAt) {
        Timestamp now = Timestamp.from(Instant.now());
        if (postgres()) {
            // another transaction may be making the same subject's key: the first to commit wins, the other reads it
            jdbc.update(
                    "insert into person_key (data_subject, key_bytes, created_at, erased_at) values (?, ?, ?, ?) on conflict do nothing",
                    dataSubject,
                    key,
                    now,
                    erasedAt);
        } else {
            jdbc.update(
                    "insert into person_key (data_subject, key_bytes, created_at, erased_at) select ?, ?, ?, ? where not exists (select 1 from person_key where data_subject = ?)",
                    dataSubject,
                    key,
                    now,
                    erasedAt,
                    dataSubject);
        }
    }

    /**
     * The key known to this node, read or made earlier in this transaction, or read ahead for this thread
     * ({@link #NO_ROW} when it has none); null when none of these.
     */
    private byte[] held(String dataSubject) {
        byte[] held = known.getIfPresent(dataSubject);
        if (held == null) {
            Map<String, byte[]> ofTransaction = ofTransaction(false);
            held = ofTransaction == null ? null : ofTransaction.get(dataSubject);
        }
        if (held == null) {
            Map<String, byte[]> readAhead = ahead.get();
            held = readAhead == null ? null : readAhead.get(dataSubject);
        }
        return held;
    }

    private void remember(String dataSubject, byte[] held) {
        Map<String, byte[]> readAhead = ahead.get();
        if (readAhead != null) {
            readAhead.replace(dataSubject, held); // a key made since it was read ahead as none
        }
        if (TransactionScope.active()) {
            ofTransaction(true).put(dataSubject, held);
        } else {
            known.put(dataSubject, held);
        }
    }

    /**
     * The keys this transaction read or made, kept for its own later records (a batch names the same new people
     * many times) and handed to the node's memory when it commits, by one hook per transaction. Found among the
     * transaction's own synchronizations, so a transaction suspended for another keeps them to itself.
     */
    private Map<String, byte[]> ofTransaction(boolean create) {
        TransactionKeys keys = create
                ? TransactionScope.findOrRegister(
                        TransactionKeys.class, k -> k.owner() == this, () -> new TransactionKeys(this, new HashMap<>()))
                : TransactionScope.find(TransactionKeys.class, k -> k.owner() == this);
        return keys == null ? null : keys.keys();
    }

    private record TransactionKeys(DatabasePersonKeys owner, Map<String, byte[]> keys)
            implements TransactionSynchronization {
        @Override
        public void afterCommit() {
            owner.known.putAll(keys);
        }
    }

    private static Optional<SecretKey> asKey(byte[] held) {
        return held.length == 0 ? Optional.empty() : Optional.of(new SecretKeySpec(held, "AES"));
    }

    private boolean postgres() {
        if (postgres == null) {
            postgres = "PostgreSQL"
                    .equals(jdbc.execute(
                            (java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()));
        }
        return postgres;
    }
}
