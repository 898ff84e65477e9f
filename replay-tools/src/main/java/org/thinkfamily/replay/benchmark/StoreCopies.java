package org.thinkfamily.replay.benchmark;

import java.util.function.LongConsumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Grows a scratch store to the size a benchmark needs by copying the events it holds, each copy with fresh
 * identifiers: every UUID in a row (event, aggregate, people, families, in payload and metadata) gets the copy's
 * own first eight hex digits ({@code c0c000nn}, so at most 255 copies), so a copy is another authority of the same shape, unknown to the original. Done by
 * PostgreSQL itself, one statement a copy, in global order.
 */
final class StoreCopies {

    /**
     * A copy's event and aggregate carry the same prefix; a real event's random id alone may start with it (about
     * one store in fifteen of a million events has one).
     */
    private static final String A_COPY =
            "event_identifier like 'c0c000%' and left(aggregate_identifier, 8) = left(event_identifier, 8)";

    private static final String UUID_TAIL = "(-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";

    private StoreCopies() {}

    /** The global index of the newest event stored, 0 for an empty store. */
    static long head(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
    }

    /** Copies the events up to the current head until the store holds at least {@code target}; answers copies made. */
    static int growTo(JdbcTemplate jdbc, long target, LongConsumer stored) {
        long head = head(jdbc);
        long count = count(jdbc);
        // copies made by an earlier run keep their prefixes: number on from them
        long earlier = copies(jdbc);
        int copies = 0;
        while (count < target && head > 0) {
            if (earlier + copies >= 255) {
                throw new IllegalStateException("at most 255 copies: start from a larger store for so many events");
            }
            copies++;
            String prefix = "%08x".formatted(0xc0c00000L + earlier + copies);
            jdbc.update(
                    """
                    insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                        payload_type, payload_revision, payload, meta_data)
                    select ? || substr(event_identifier, 9),
                           case when aggregate_identifier ~ ? then ? || substr(aggregate_identifier, 9)
                                else ? || ':' || aggregate_identifier end,
                           sequence_number, type, time_stamp, payload_type, payload_revision,
                           convert_to(regexp_replace(convert_from(payload, 'UTF8'), ?, ? || '\\1', 'g'), 'UTF8'),
                           convert_to(regexp_replace(convert_from(meta_data, 'UTF8'), ?, ? || '\\1', 'g'), 'UTF8')
                    from domain_event_entry where global_index <= ? order by global_index""",
                    prefix,
                    "^[0-9a-f]{8}" + UUID_TAIL + "$",
                    prefix,
                    prefix,
                    "[0-9a-f]{8}" + UUID_TAIL,
                    prefix,
                    "[0-9a-f]{8}" + UUID_TAIL,
                    prefix,
                    head);
            count = count(jdbc);
            stored.accept(count);
        }
        return copies;
    }

    /** How many copies the store holds, made by this run or earlier ones. */
    static int copies(JdbcTemplate jdbc) {
        return jdbc.queryForObject(
                "select count(distinct left(event_identifier, 8)) from domain_event_entry where " + A_COPY,
                Integer.class);
    }

    /** How many of the store's events are copies. */
    static long copied(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where " + A_COPY, Long.class);
    }

    static long count(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
