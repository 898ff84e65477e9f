package org.thinkfamily.hub.projection;

import java.util.List;
import java.util.Map;
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

    private final NamedParameterJdbcTemplate jdbc;

    public PersonRecordRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every row of the given records, in each table, is now the person's. */
    public void move(List<String> recordPersonIds, String personId, Table... tables) {
        if (recordPersonIds.isEmpty()) {
            return;
        }
        Map<String, Object> args = Map.of("person", personId, "records", recordPersonIds);
        for (Table table : tables) {
            // names come from code (the Table constants), never from input
            jdbc.update(
                    "update " + table.name() + " set " + table.personColumn() + " = :person where "
                            + table.recordColumn() + " in (:records)",
                    args);
        }
    }
}
