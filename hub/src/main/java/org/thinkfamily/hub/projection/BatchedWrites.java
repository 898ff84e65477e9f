package org.thinkfamily.hub.projection;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection's writes into shadow tables during a rebuild: inserts held per table and sent as one JDBC
 * batch, any other write sent after everything held (an update may read another table). Moves of person
 * records' rows ({@link PersonRecordRows}) are held too, in order, and sent before the table's held inserts:
 * a move first gives the held rows of its records to the person in memory, so it only has rows already sent
 * left to change. A store of linked people then costs a batch of moves, not a round trip (and a flushed batch of a
 * few inserts) per link. Tables are independent (no keys between them), so only per-table order matters. Not
 * thread-safe: one rebuild, one thread.
 */
final class BatchedWrites implements ProjectionWrites {

    private static final int BATCH = 1_000;
    /** A parenthesised list of column names: an insert's columns, or a merge's source, in argument order. */
    private static final Pattern COLUMNS =
            Pattern.compile("\\(\\s*([a-z_][a-z0-9_]*(?:\\s*,\\s*[a-z_][a-z0-9_]*)*)\\s*\\)");

    private final JdbcTemplate jdbc;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Held> held = new HashMap<>();
    /** For each statement and pair of columns: where the record and the person are among its arguments. */
    private final Map<List<String>, Optional<int[]>> positions = new HashMap<>();

    private final CopyRows copies;

    BatchedWrites(JdbcTemplate jdbc, String suffix, List<String> liveTables) {
        this(jdbc, suffix, liveTables, new CopyRows(jdbc));
    }

    BatchedWrites(JdbcTemplate jdbc, String suffix, List<String> liveTables, CopyRows copies) {
        this.jdbc = jdbc;
        this.copies = copies;
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
            if (!inserts.rows.isEmpty()) {
                inserts.flush();
            }
            inserts.sql = sql;
        }
        inserts.rows.add(args);
        if (inserts.rows.size() >= BATCH) {
            inserts.flush();
        }
    }

    @Override
    public int update(String table, String sql, Object... args) {
        flushAll();
        return jdbc.update(sql, args);
    }

    @Override
    public void move(PersonRecordRows.Move move) {
        Held ofTable = held.computeIfAbsent(move.table(), t -> new Held());
        if (!ofTable.rows.isEmpty()) {
            Optional<int[]> at = positions.computeIfAbsent(
                    List.of(
                            ofTable.sql,
                            move.columns().recordColumn(),
                            move.columns().personColumn()),
                    key -> argumentsOf(key.get(0), key.get(1), key.get(2)));
            // a record bound as anything but its id would not be found: those rows go first instead
            if (at.isPresent() && ofTable.rows.stream().allMatch(row -> row[at.get()[0]] instanceof String)) {
                int record = at.get()[0];
                int moved = at.get()[1];
                ofTable.rows.stream()
                        .filter(row -> move.records().contains((String) row[record]))
                        .forEach(row -> row[moved] = move.person());
            } else {
                ofTable.flush();
            }
        }
        ofTable.moves.add(new Statement(move.sql(), move.args()));
        if (ofTable.moves.size() >= BATCH) {
            ofTable.flush();
        }
    }

    /** Sends every held statement (before the transaction commits). */
    void flushAll() {
        held.values().forEach(Held::flush);
    }

    /**
     * The arguments naming the record and the person, when the statement lists its arguments' columns: a list holding
     * both, with as many names as the statement has arguments, each bound in that order.
     */
    static Optional<int[]> argumentsOf(String sql, String recordColumn, String personColumn) {
        long arguments = sql.chars().filter(c -> c == '?').count();
        Matcher lists = COLUMNS.matcher(sql);
        while (lists.find()) {
            List<String> listed =
                    Arrays.stream(lists.group(1).split(",")).map(String::trim).toList();
            if (listed.size() == arguments && listed.contains(recordColumn) && listed.contains(personColumn)) {
                return Optional.of(new int[] {listed.indexOf(recordColumn), listed.indexOf(personColumn)});
            }
        }
        return Optional.empty();
    }

    private record Statement(String sql, Object[] args) {}

    private final class Held {
        String sql;
        final List<Object[]> rows = new ArrayList<>();
        final List<Statement> moves = new ArrayList<>();

        /** The moves first (they change only rows sent before them), then the inserts. */
        void flush() {
            int from = 0;
            while (from < moves.size()) {
                String text = moves.get(from).sql();
                int to = from;
                List<Object[]> run = new ArrayList<>();
                while (to < moves.size() && moves.get(to).sql().equals(text)) {
                    run.add(moves.get(to++).args());
                }
                send(text, run);
                from = to;
            }
            moves.clear();
            if (!rows.isEmpty()) {
                if (!copies.copied(sql, rows)) {
                    send(sql, rows);
                }
                rows.clear();
            }
        }

        private void send(String text, List<Object[]> batch) {
            // values bound as they are, a null as untyped (the server infers it from the column): Spring's
            // own binding looks each null's type up, per row, and took a fifth of a rebuild's time
            jdbc.batchUpdate(text, new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement statement, int i) throws SQLException {
                    Object[] values = batch.get(i);
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
                    return batch.size();
                }
            });
        }
    }
}
