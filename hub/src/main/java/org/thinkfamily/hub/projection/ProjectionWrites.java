package org.thinkfamily.hub.projection;

import java.util.List;
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

    /**
     * Into the live tables, held for the caller's transaction and sent in JDBC batches before it commits, or at once
     * while {@code savepoint} runs each event in a savepoint of its own (see {@link HeldUntilCommit}).
     */
    static ProjectionWrites heldUntilCommit(JdbcTemplate jdbc, List<String> tables, ProjectionSavepoint savepoint) {
        return new HeldUntilCommit(jdbc, tables, savepoint);
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
