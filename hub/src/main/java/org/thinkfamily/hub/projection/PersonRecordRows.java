package org.thinkfamily.hub.projection;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves a person record's rows to the person the record is read as now, the one way every projection
 * follows {@code PersonRecordsLinked} (rows go to the person linked into) and {@code PersonRecordsUnlinked}
 * (rows go back, exactly: each row keeps the record it came from).
 */
@Component
public class PersonRecordRows {

    /**
     * A projection table holding rows per person record.
     *
     * @param recordColumn the column naming the person record a row came from; never changed
     * @param personColumn the column naming the person the record is read as; the one moved
     */
    public record Table(String name, String recordColumn, String personColumn) {

        /** The usual shape: {@code record_person_id} and {@code person_id}. */
        public static Table of(String name) {
            return new Table(name, "record_person_id", "person_id");
        }
    }

    /**
     * One table's move, as {@link ProjectionWrites#move} takes it: {@code sql} gives every row of {@code records} in
     * {@code table} (its name as written) to {@code person}.
     */
    public record Move(String table, Table columns, Set<String> records, String person, String sql, Object[] args) {}

    private final NamedParameterJdbcTemplate jdbc;

    public PersonRecordRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every row of the given records, in each table, is now the person's. */
    public void move(List<String> recordPersonIds, String personId, Table... tables) {
        move(recordPersonIds, personId, ProjectionWrites.live(jdbc.getJdbcTemplate()), tables);
    }

    /** The same, through a projection's writes; the tables by their live names, the writes name them (live, or shadow in a rebuild). */
    public void move(List<String> recordPersonIds, String personId, ProjectionWrites writes, Table... tables) {
        if (recordPersonIds.isEmpty()) {
            return;
        }
        Object[] args = new Object[recordPersonIds.size() + 1];
        args[0] = personId;
        for (int i = 0; i < recordPersonIds.size(); i++) {
            args[i + 1] = recordPersonIds.get(i);
        }
        String records = String.join(", ", Collections.nCopies(recordPersonIds.size(), "?"));
        Set<String> moved = Set.copyOf(recordPersonIds);
        for (Table table : tables) {
            String name = writes.table(table.name());
            // names come from code (the Table constants), never from input
            writes.move(new Move(
                    name,
                    table,
                    moved,
                    personId,
                    "update " + name + " set " + table.personColumn() + " = ? where " + table.recordColumn() + " in ("
                            + records + ")",
                    args));
        }
    }
}
