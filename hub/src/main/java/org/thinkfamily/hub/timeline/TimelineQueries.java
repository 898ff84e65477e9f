package org.thinkfamily.hub.timeline;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.canonical.Sector;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a family's timeline from the projection, optionally as the hub knew it at a moment. */
@Component
class TimelineQueries {

    private final JdbcTemplate jdbc;

    TimelineQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Row(String eventId, Instant occurredAt, Instant recordedAt, String sector, String type, String summary,
               String agency, String messageId, String sensitivity, List<String> personIds) {
    }

    /**
     * @param asAt only what was recorded by then, and only people who were members by then; null for now
     */
    List<Row> entries(String familyId, Instant from, Instant to, Sector sector, Instant asAt) {
        Instant known = asAt == null ? Instant.parse("9999-12-31T00:00:00Z") : asAt;
        StringBuilder sql = new StringBuilder("""
                select e.event_id, e.occurred_at, e.recorded_at, e.sector, e.event_type, e.summary, e.agency, e.message_id, e.sensitivity
                from timeline_entry e
                where e.recorded_at <= ?
                  and exists (select 1 from timeline_entry_person p join timeline_member m on m.person_id = p.person_id
                              where p.event_id = e.event_id and m.family_id = ? and m.since <= ?
                                and (m.until_at is null or e.occurred_at < m.until_at))""");
        List<Object> args = new ArrayList<>(List.of(Timestamp.from(known), familyId, Timestamp.from(known)));
        if (from != null) {
            sql.append(" and e.occurred_at >= ?");
            args.add(Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" and e.occurred_at < ?");
            args.add(Timestamp.from(to));
        }
        if (sector != null) {
            sql.append(" and e.sector = ?");
            args.add(sector.name());
        }
        sql.append(" order by e.occurred_at, e.recorded_at, e.event_id");
        List<Row> rows = jdbc.query(sql.toString(), (rs, i) -> new Row(rs.getString(1), rs.getTimestamp(2).toInstant(),
                rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), List.of()), args.toArray());
        Map<String, List<String>> people = people(rows.stream().map(Row::eventId).toList());
        return rows.stream().map(r -> new Row(r.eventId(), r.occurredAt(), r.recordedAt(), r.sector(), r.type(),
                r.summary(), r.agency(), r.messageId(), r.sensitivity(), people.getOrDefault(r.eventId(), List.of()))).toList();
    }

    private Map<String, List<String>> people(List<String> eventIds) {
        Map<String, List<String>> people = new HashMap<>();
        for (int start = 0; start < eventIds.size(); start += 500) {
            List<String> chunk = eventIds.subList(start, Math.min(eventIds.size(), start + 500));
            jdbc.query("select distinct event_id, person_id from timeline_entry_person where event_id in ("
                            + String.join(",", Collections.nCopies(chunk.size(), "?")) + ") order by person_id",
                    rs -> {
                        people.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }, chunk.toArray());
        }
        return people;
    }
}
