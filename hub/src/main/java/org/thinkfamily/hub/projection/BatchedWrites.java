package org.thinkfamily.hub.projection;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection's writes into shadow tables during a rebuild: inserts held per table and sent as one JDBC
 * batch, any other write to a table sent after that table's held inserts, so each table sees its statements
 * in the order the handlers made them. Tables are independent (no keys between them), so only per-table order
 * matters. Not thread-safe: one rebuild, one thread.
 */
final class BatchedWrites implements ProjectionWrites {

    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Held> held = new HashMap<>();

    BatchedWrites(JdbcTemplate jdbc, String suffix, List<String> liveTables) {
        this.jdbc = jdbc;
        liveTables.forEach(live -> names.put(live, live + suffix));
    }

    @Override
    public String table(String live) {
        String shadow = names.get(live);
        if (shadow == null) {
            throw new IllegalArgumentException("not one of the projection's tables: " + live);
        }
        return shadow;
    }

    @Override
    public void insert(String table, String sql, Object... args) {
        Held inserts = held.computeIfAbsent(table, t -> new Held());
        if (!sql.equals(inserts.sql)) {
            inserts.flush();
            inserts.sql = sql;
        }
        inserts.rows.add(args);
        if (inserts.rows.size() >= BATCH) {
            inserts.flush();
        }
    }

    @Override
    public int update(String table, String sql, Object... args) {
        Held inserts = held.get(table);
        if (inserts != null) {
            inserts.flush();
        }
        return jdbc.update(sql, args);
    }

    /** Sends every held insert (before the transaction commits). */
    void flushAll() {
        held.values().forEach(Held::flush);
    }

    private final class Held {
        String sql;
        final List<Object[]> rows = new ArrayList<>();

        void flush() {
            if (!rows.isEmpty()) {
                // values bound as they are, a null as untyped (the server infers it from the column): Spring's
                // own binding looks each null's type up, per row, and took a fifth of a rebuild's time
                jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        Object[] values = rows.get(i);
                        for (int v = 0; v < values.length; v++) {
                            if (values[v] == null) {
                                statement.setNull(v + 1, Types.NULL);
                            } else {
                                statement.setObject(v + 1, values[v]);
                            }
                        }
                    }

                    @Override
                    public int getBatchSize() {
                        return rows.size();
                    }
                });
                rows.clear();
            }
        }
    }
}
