package org.thinkfamily.hub.deadletter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.canonical.Sector;
import org.thinkfamily.contracts.deadletter.DeadLetter;
import org.thinkfamily.contracts.deadletter.DeadLetterPort;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The dead-letter store. A letter's id derives from its door, location and payload, so a file
 * processed again after a crash, or a message redelivered, is kept once.
 */
@Component
class DeadLetterStore implements DeadLetterPort {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterStore.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DeadLetterStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    enum Status { OPEN, REPLAYED }

    record Entry(String id, Instant receivedAt, String door, String agency, Sector sector, String location,
                 String reason, String payload, String contentType, Status status, Instant replayedAt, String replayedBy) {
    }

    @Override
    public String store(DeadLetter letter) {
        String id = UUID.nameUUIDFromBytes((letter.door() + "\n" + letter.location() + "\n" + letter.payload())
                .getBytes(StandardCharsets.UTF_8)).toString();
        try {
            jdbc.update("""
                    insert into dead_letter (dead_letter_id, received_at, door, agency, sector, location, reason, payload, content_type, status)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')""",
                    id, Timestamp.from(clock.instant()), letter.door(), letter.agency(),
                    letter.sector() == null ? null : letter.sector().name(), truncate(letter.location(), 500),
                    truncate(letter.reason(), 4000), letter.payload(), letter.contentType());
            log.info("dead letter {}: door={} agency={}", id, letter.door(), letter.agency());
        } catch (DuplicateKeyException seenBefore) {
            log.info("dead letter {} seen before: door={}", id, letter.door());
        }
        return id;
    }

    /** @param sectors null for every sector */
    List<Entry> list(Collection<Sector> sectors, Status status, int limit) {
        StringBuilder sql = new StringBuilder("select * from dead_letter where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (sectors != null) {
            if (sectors.isEmpty()) {
                return List.of();
            }
            sql.append(" and sector in (").append(String.join(",", java.util.Collections.nCopies(sectors.size(), "?"))).append(")");
            sectors.forEach(s -> args.add(s.name()));
        }
        if (status != null) {
            sql.append(" and status = ?");
            args.add(status.name());
        }
        sql.append(" order by received_at, dead_letter_id limit ?");
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, i) -> entry(rs), args.toArray());
    }

    Optional<Entry> find(String id) {
        return jdbc.query("select * from dead_letter where dead_letter_id = ?", (rs, i) -> entry(rs), id).stream().findFirst();
    }

    void markReplayed(String id, String user) {
        jdbc.update("update dead_letter set status = 'REPLAYED', replayed_at = ?, replayed_by = ? where dead_letter_id = ?",
                Timestamp.from(clock.instant()), user, id);
    }

    void stillFailing(String id, String reason) {
        jdbc.update("update dead_letter set reason = ? where dead_letter_id = ?", truncate(reason, 4000), id);
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(rs.getString("dead_letter_id"), rs.getTimestamp("received_at").toInstant(), rs.getString("door"),
                rs.getString("agency"), rs.getString("sector") == null ? null : Sector.valueOf(rs.getString("sector")),
                rs.getString("location"), rs.getString("reason"), rs.getString("payload"), rs.getString("content_type"),
                Status.valueOf(rs.getString("status")),
                rs.getTimestamp("replayed_at") == null ? null : rs.getTimestamp("replayed_at").toInstant(), rs.getString("replayed_by"));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
