package org.thinkfamily.hub.deadletter;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.canonical.Source;
import org.thinkfamily.contracts.published.deadletter.DeadLetter;
import org.thinkfamily.contracts.published.deadletter.DeadLetterPort;
import org.thinkfamily.contracts.published.privacy.LogValues;

/**
 * The dead-letter store. A letter's id derives from its door, location and payload, so a file
 * processed again after a crash, or a message redelivered, is kept once. Letters are listed a page at
 * a time, oldest first.
 */
@Component
class DeadLetterStore implements DeadLetterPort {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterStore.class);
    private static final Pattern AGENCY_CODE = Pattern.compile(Source.AGENCY_CODE);

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;

    DeadLetterStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, Clock clock) {
        this.jdbc = jdbc;
        this.named = named;
        this.clock = clock;
    }

    enum Status {
        OPEN,
        REPLAYED
    }

    record Entry(
            String id,
            Instant receivedAt,
            String door,
            String agency,
            Sector sector,
            String location,
            String reason,
            String payload,
            String contentType,
            Status status,
            Instant replayedAt,
            String replayedBy,
            Long payloadBytes,
            String payloadSha256,
            boolean payloadTruncated) {}

    /** A page of letters and how many there are in all. */
    record Page(List<Entry> entries, long total) {}

    /**
     * Keeps a letter whatever it holds: the payload is cut to its first {@link CappedPayload#MAX_BYTES}, and
     * values that do not fit their columns (an agency "code" of a thousand characters) are cut or left out,
     * so storing a rejection can never itself fail the request that was rejected.
     */
    @Override
    public String store(DeadLetter letter) {
        String payload = letter.payload() == null ? "" : letter.payload();
        CappedPayload capped = CappedPayload.of(payload);
        String id = UUID.nameUUIDFromBytes((letter.door() + "\n" + letter.location() + "\n" + capped.sha256())
                        .getBytes(StandardCharsets.UTF_8))
                .toString();
        String agency =
                letter.agency() != null && AGENCY_CODE.matcher(letter.agency()).matches() ? letter.agency() : null;
        try {
            jdbc.update(
                    """
                    insert into dead_letter (dead_letter_id, received_at, door, agency, sector, location, reason, payload,
                        content_type, status, payload_bytes, payload_sha256, payload_truncated)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)""",
                    id,
                    Timestamp.from(clock.instant()),
                    truncate(letter.door(), 64),
                    agency,
                    letter.sector() == null ? null : letter.sector().name(),
                    truncate(letter.location(), 500),
                    truncate(letter.reason(), 4000),
                    capped.text(),
                    truncate(letter.contentType(), 100),
                    capped.bytes(),
                    capped.sha256(),
                    capped.truncated());
            log.info(
                    "dead letter {}: door={} agency={} bytes={} truncated={}",
                    id,
                    LogValues.code(letter.door()),
                    agency,
                    capped.bytes(),
                    capped.truncated());
        } catch (DuplicateKeyException seenBefore) {
            log.info("dead letter {} seen before: door={}", id, LogValues.code(letter.door()));
        }
        return id;
    }

    /** @param sectors null for every sector */
    Page list(Collection<Sector> sectors, Status status, String door, int page, int size) {
        StringBuilder sql = new StringBuilder(" from dead_letter where 1 = 1");
        MapSqlParameterSource args = new MapSqlParameterSource();
        if (sectors != null) {
            if (sectors.isEmpty()) {
                return new Page(List.of(), 0);
            }
            sql.append(" and sector in (:sectors)");
            args.addValue("sectors", sectors.stream().map(Sector::name).toList());
        }
        if (status != null) {
            sql.append(" and status = :status");
            args.addValue("status", status.name());
        }
        if (door != null) {
            sql.append(" and door = :door");
            args.addValue("door", door);
        }
        Long total = named.queryForObject("select count(*)" + sql, args, Long.class);
        args.addValue("size", size);
        args.addValue("offset", (long) page * size);
        List<Entry> entries = named.query(
                "select *" + sql + " order by received_at, dead_letter_id limit :size offset :offset",
                args,
                (rs, i) -> entry(rs));
        return new Page(entries, total == null ? 0 : total);
    }

    Optional<Entry> find(String id) {
        return jdbc.query("select * from dead_letter where dead_letter_id = ?", (rs, i) -> entry(rs), id).stream()
                .findFirst();
    }

    void markReplayed(String id, String user) {
        jdbc.update(
                "update dead_letter set status = 'REPLAYED', replayed_at = ?, replayed_by = ? where dead_letter_id = ?",
                Timestamp.from(clock.instant()),
                user,
                id);
    }

    void stillFailing(String id, String reason) {
        jdbc.update("update dead_letter set reason = ? where dead_letter_id = ?", truncate(reason, 4000), id);
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(
                rs.getString("dead_letter_id"),
                rs.getTimestamp("received_at").toInstant(),
                rs.getString("door"),
                rs.getString("agency"),
                rs.getString("sector") == null ? null : Sector.valueOf(rs.getString("sector")),
                rs.getString("location"),
                rs.getString("reason"),
                rs.getString("payload"),
                rs.getString("content_type"),
                Status.valueOf(rs.getString("status")),
                rs.getTimestamp("replayed_at") == null
                        ? null
                        : rs.getTimestamp("replayed_at").toInstant(),
                rs.getString("replayed_by"),
                (Long) rs.getObject("payload_bytes", Long.class),
                rs.getString("payload_sha256"),
                rs.getBoolean("payload_truncated"));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
