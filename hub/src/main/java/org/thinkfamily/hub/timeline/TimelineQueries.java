package org.thinkfamily.hub.timeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.published.canonical.Sector;

/** Reads a family's timeline from the projection, optionally as the hub knew it at a moment. */
@Component
class TimelineQueries {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    TimelineQueries(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    record Row(
            String eventId,
            Instant occurredAt,
            Instant recordedAt,
            String sector,
            String type,
            String summary,
            String agency,
            String messageId,
            String sensitivity,
            List<String> personIds,
            boolean erased) {}

    /** One page of a family's entries, and how many there are in all. */
    record Page(List<Row> rows, long total) {}

    /**
     * A family's entries in occurred order, one page of them. Reached through indexes only: the entries recorded
     * for the family, and those naming its members while they were members (an index per way in, merged), never by
     * reading every entry.
     *
     * @param asAt only what was recorded by then, and only people who were members by then; null for now
     */
    Page entries(String familyId, Instant from, Instant to, Sector sector, Instant asAt, long offset, int limit) {
        Timestamp known = Timestamp.from(asAt == null ? Instant.parse("9999-12-31T00:00:00Z") : asAt);
        StringBuilder sql = new StringBuilder("""
                select e.event_id, e.occurred_at, e.recorded_at, e.sector, e.event_type, e.summary, e.agency, e.message_id,
                       e.sensitivity, count(*) over () as total, e.personal_data_erased
                from timeline_entry e
                where e.event_id in (
                        select d.event_id from timeline_entry d where d.family_id = ?
                        union
                        select p.event_id from timeline_member m
                        join timeline_entry_person p on p.person_id = m.person_id
                        join timeline_entry x on x.event_id = p.event_id
                        where m.family_id = ? and m.since <= ? and (m.until_at is null or x.occurred_at < m.until_at))
                  and e.recorded_at <= ?""");
        List<Object> args = new ArrayList<>(List.of(familyId, familyId, known, known));
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
        sql.append(" order by e.occurred_at, e.recorded_at, e.event_id limit ? offset ?");
        args.add(limit);
        args.add(offset);
        long[] total = {-1};
        List<Row> rows = jdbc.query(
                sql.toString(),
                (rs, i) -> {
                    total[0] = rs.getLong(10);
                    return new Row(
                            rs.getString(1),
                            rs.getTimestamp(2).toInstant(),
                            rs.getTimestamp(3).toInstant(),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getString(9),
                            List.of(),
                            rs.getBoolean(11));
                },
                args.toArray());
        if (total[0] < 0) { // a page past the end: count without it
            total[0] = offset == 0
                    ? 0
                    : entries(familyId, from, to, sector, asAt, 0, 1).total();
        }
        Map<String, List<String>> people =
                people(rows.stream().map(Row::eventId).toList());
        return new Page(
                rows.stream()
                        .map(r -> new Row(
                                r.eventId(),
                                r.occurredAt(),
                                r.recordedAt(),
                                r.sector(),
                                r.type(),
                                r.summary(),
                                r.agency(),
                                r.messageId(),
                                r.sensitivity(),
                                people.getOrDefault(r.eventId(), List.of()),
                                r.erased()))
                        .toList(),
                total[0]);
    }

    /** An entry with its facts, for evaluating the family (see {@link #facts}). */
    record Facts(
            String eventId,
            Instant occurredAt,
            Instant recordedAt,
            String sector,
            String type,
            String sensitivity,
            List<String> personIds,
            Map<String, Object> details) {}

    /**
     * The same entries as {@link #entries} without filters, with their details. Reached from the family's
     * members (by index), not by scanning every entry; an entry naming two members comes once.
     */
    /** The agency events naming the person, oldest first (by when they happened). */
    List<String> eventIdsAbout(String personId) {
        return jdbc.queryForList(
                "select p.event_id from timeline_entry_person p join timeline_entry e on e.event_id = p.event_id"
                        + " where p.person_id = ? order by e.occurred_at, p.event_id",
                String.class,
                personId);
    }

    List<Facts> facts(String familyId, Instant asAt) {
        return facts(List.of(familyId), asAt).getOrDefault(familyId, List.of());
    }

    /** {@link #facts(String, Instant)} of several families in one read, by family. */
    Map<String, List<Facts>> facts(List<String> familyIds, Instant asAt) {
        Timestamp known = Timestamp.from(asAt == null ? Instant.parse("9999-12-31T00:00:00Z") : asAt);
        Map<String, Map<String, Facts>> found = new LinkedHashMap<>();
        for (int start = 0; start < familyIds.size(); start += 500) {
            named.query(
                    """
                            select m.family_id, e.event_id, e.occurred_at, e.recorded_at, e.sector, e.event_type,
                                   e.sensitivity, e.details
                            from timeline_member m
                            join timeline_entry_person p on p.person_id = m.person_id
                            join timeline_entry e on e.event_id = p.event_id
                            where m.family_id in (:families) and m.since <= :known and e.recorded_at <= :known
                              and (m.until_at is null or e.occurred_at < m.until_at)
                            order by m.family_id, e.occurred_at, e.recorded_at, e.event_id""",
                    Map.of(
                            "families",
                            familyIds.subList(start, Math.min(familyIds.size(), start + 500)),
                            "known",
                            known),
                    rs -> {
                        String eventId = rs.getString(2);
                        Map<String, Facts> ofFamily =
                                found.computeIfAbsent(rs.getString(1), f -> new LinkedHashMap<>());
                        if (!ofFamily.containsKey(eventId)) {
                            ofFamily.put(
                                    eventId,
                                    new Facts(
                                            eventId,
                                            rs.getTimestamp(3).toInstant(),
                                            rs.getTimestamp(4).toInstant(),
                                            rs.getString(5),
                                            rs.getString(6),
                                            rs.getString(7),
                                            List.of(),
                                            TimelineDetails.read(eventId, rs.getString(8))));
                        }
                    });
        }
        Map<String, List<String>> people = people(found.values().stream()
                .flatMap(f -> f.keySet().stream())
                .distinct()
                .toList());
        Map<String, List<Facts>> byFamily = new LinkedHashMap<>();
        found.forEach((familyId, facts) -> byFamily.put(
                familyId,
                facts.values().stream()
                        .map(f -> new Facts(
                                f.eventId(),
                                f.occurredAt(),
                                f.recordedAt(),
                                f.sector(),
                                f.type(),
                                f.sensitivity(),
                                people.getOrDefault(f.eventId(), List.of()),
                                f.details()))
                        .toList()));
        return byFamily;
    }

    private Map<String, List<String>> people(List<String> eventIds) {
        Map<String, List<String>> people = new HashMap<>();
        for (int start = 0; start < eventIds.size(); start += 500) {
            List<String> chunk = eventIds.subList(start, Math.min(eventIds.size(), start + 500));
            named.query(
                    "select distinct event_id, person_id from timeline_entry_person where event_id in (:events) order by person_id",
                    Map.of("events", chunk),
                    rs -> {
                        people.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(rs.getString(2));
                    });
        }
        return people;
    }
}
