package org.thinkfamily.hub.projection;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where a projection's rows go and how they are written: straight into its live tables as each event is
 * handled, or into shadow tables in JDBC batches while {@link ShadowRebuild} replays the store. A projection
 * that writes through this, naming its tables through {@link #table}, can be rebuilt while the hub serves.
 */
public interface ProjectionWrites {

    /** The name to write for one of the projection's live tables. */
    String table(String live);

    /**
     * An insert into {@code table}, or a merge whose count the caller does not need; it may be held back and sent
     * with the table's next statements of the same text, in order.
     */
    void insert(String table, String sql, Object... args);

    /** Any other write to {@code table}; every statement held back goes first. Answers the rows changed. */
    int update(String table, String sql, Object... args);

    /**
     * A move of person records' rows to a person (see {@link PersonRecordRows}): it may be held back and sent in a
     * batch with the table's next moves, after giving the table's rows that are held back to the person too.
     */
    default void move(PersonRecordRows.Move move) {
        update(move.table(), move.sql(), move.args());
    }

    /** Straight into the live tables, one statement per call, in the caller's transaction. */
    static ProjectionWrites live(JdbcTemplate jdbc) {
        return new ProjectionWrites() {
            @Override
            public String table(String live) {
                return live;
            }

            @Override
            public void insert(String table, String sql, Object... args) {
                jdbc.update(sql, args);
            }

            @Override
            public int update(String table, String sql, Object... args) {
                return jdbc.update(sql, args);
            }
        };
    }
}
