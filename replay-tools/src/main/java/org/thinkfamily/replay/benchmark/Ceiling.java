package org.thinkfamily.replay.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ceiling for ingest on this database: the rows the real path wrote, written again by plain
 * batched JDBC (no checks, no identity, no Axon) into a scratch table of the same shape, then dropped.
 */
final class Ceiling {

    private static final int BATCH = 500;

    record Measured(long rows, double rowsPerSecond) {}

    private Ceiling() {}

    static Measured measure(JdbcTemplate jdbc, long afterIndex) {
        jdbc.execute("drop table if exists benchmark_ceiling");
        jdbc.execute("create table benchmark_ceiling as select * from domain_event_entry where 1 = 0");
        try {
            List<Object[]> rows = jdbc.query(
                    """
                    select global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                           payload_type, payload_revision, payload, meta_data
                    from domain_event_entry where global_index > ? order by global_index""",
                    (rs, i) -> new Object[] {
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getBytes(9),
                        rs.getBytes(10)
                    },
                    afterIndex);
            long started = System.nanoTime();
            for (int from = 0; from < rows.size(); from += BATCH) {
                List<Object[]> batch = new ArrayList<>(rows.subList(from, Math.min(rows.size(), from + BATCH)));
                jdbc.batchUpdate("""
                        insert into benchmark_ceiling (global_index, event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Measured(rows.size(), rows.size() / seconds);
        } finally {
            jdbc.execute("drop table benchmark_ceiling");
        }
    }
}
