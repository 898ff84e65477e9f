package org.thinkfamily.hub.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A rebuild's batched writes leave the tables exactly as the same statements sent one by one would, while moves of
 * person records' rows are held: inserts, merges and moves interleaved at random, the moves given to rows held in
 * memory and to rows already sent.
 */
class BatchedWritesTest {

    private static final List<String> TABLES = List.of("entry_person", "member");
    private static final PersonRecordRows.Table[] PER_RECORD = {
        PersonRecordRows.Table.of("entry_person"), PersonRecordRows.Table.of("member")
    };

    private JdbcTemplate jdbc;
    private PersonRecordRows rows;

    @BeforeEach
    void tables() {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                "jdbc:h2:mem:batched-writes-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", true);
        jdbc = new JdbcTemplate(dataSource);
        rows = new PersonRecordRows(new NamedParameterJdbcTemplate(jdbc));
        for (String suffix : List.of("", "_shadow")) {
            jdbc.execute("create table entry_person" + suffix
                    + " (event_id varchar(36), record_person_id varchar(36), person_id varchar(36))");
            jdbc.execute("create table member" + suffix + " (family_id varchar(36), record_person_id varchar(36),"
                    + " person_id varchar(36), since int, until_at int, primary key (family_id, record_person_id))");
        }
    }

    @Test
    void moves_held_with_inserts_leave_the_rows_that_one_statement_at_a_time_leaves() {
        for (long seed = 1; seed <= 20; seed++) {
            jdbc.execute("delete from entry_person");
            jdbc.execute("delete from member");
            jdbc.execute("delete from entry_person_shadow");
            jdbc.execute("delete from member_shadow");
            List<Operation> operations = randomOperations(new Random(seed), 3_000);

            ProjectionWrites live = ProjectionWrites.live(jdbc);
            operations.forEach(operation -> operation.apply(live, rows));
            BatchedWrites batched = new BatchedWrites(jdbc, "_shadow", TABLES);
            operations.forEach(operation -> operation.apply(batched, rows));
            batched.flushAll();

            assertThat(all("entry_person_shadow", "event_id, record_person_id"))
                    .as("seed %d", seed)
                    .isEqualTo(all("entry_person", "event_id, record_person_id"))
                    .isNotEmpty();
            assertThat(all("member_shadow", "family_id, record_person_id"))
                    .as("seed %d", seed)
                    .isEqualTo(all("member", "family_id, record_person_id"))
                    .isNotEmpty();
        }
    }

    @Test
    void the_records_and_people_of_held_rows_are_found_in_the_statements_column_list() {
        assertThat(BatchedWrites.argumentsOf(
                        "insert into t (event_id, record_person_id, person_id) values (?, ?, ?)",
                        "record_person_id",
                        "person_id"))
                .hasValueSatisfying(at -> assertThat(at).containsExactly(1, 2));
        assertThat(BatchedWrites.argumentsOf(
                        "merge into m using (values (cast(? as varchar(36)), cast(? as varchar(36)),"
                                + " cast(? as varchar(36)), cast(? as int))) as s (family_id, record_person_id,"
                                + " person_id, since) on m.family_id = s.family_id",
                        "record_person_id",
                        "person_id"))
                .hasValueSatisfying(at -> assertThat(at).containsExactly(1, 2));
        // a statement that does not name its arguments' columns: the held rows are sent before the move instead
        assertThat(BatchedWrites.argumentsOf("insert into t values (?, ?, ?)", "record_person_id", "person_id"))
                .isEmpty();
    }

    private List<Map<String, Object>> all(String table, String order) {
        return jdbc.queryForList("select * from " + table + " order by " + order);
    }

    /** One handler's write, applied through either kind of writes. */
    private interface Operation {
        void apply(ProjectionWrites writes, PersonRecordRows rows);
    }

    private static List<Operation> randomOperations(Random random, int count) {
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            records.add("r" + i);
        }
        Map<String, String> personOf = new HashMap<>();
        records.forEach(record -> personOf.put(record, record));
        AtomicInteger events = new AtomicInteger();
        List<Operation> operations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(100);
            String record = records.get(random.nextInt(records.size()));
            String family = "f" + random.nextInt(8);
            int since = i;
            if (kind < 45) {
                String event = "e" + events.incrementAndGet();
                String person = personOf.get(record);
                // the record as the hub reads it now, or (as an unlinked record's later events may) as itself
                String written = random.nextInt(5) == 0 ? record : person;
                operations.add((writes, rows) -> writes.insert(
                        writes.table("entry_person"),
                        "insert into " + writes.table("entry_person")
                                + " (event_id, record_person_id, person_id) values (?, ?, ?)",
                        event,
                        record,
                        written));
            } else if (kind < 55) {
                // a statement that does not name its columns: the held rows go first
                String event = "e" + events.incrementAndGet();
                String person = personOf.get(record);
                operations.add((writes, rows) -> writes.insert(
                        writes.table("entry_person"),
                        "insert into " + writes.table("entry_person") + " values (?, ?, ?)",
                        event,
                        record,
                        person));
            } else if (kind < 75) {
                String person = personOf.get(record);
                operations.add((writes, rows) -> {
                    String member = writes.table("member");
                    writes.insert(
                            member,
                            "merge into " + member + " m using (values (cast(? as varchar(36)), cast(? as varchar(36)),"
                                    + " cast(? as varchar(36)), cast(? as int)))"
                                    + " as s (family_id, record_person_id, person_id, since)"
                                    + " on m.family_id = s.family_id and m.record_person_id = s.record_person_id"
                                    + " when matched then update set until_at = null, person_id = s.person_id"
                                    + " when not matched then insert (family_id, record_person_id, person_id, since)"
                                    + " values (s.family_id, s.record_person_id, s.person_id, s.since)",
                            family,
                            record,
                            person,
                            since);
                });
            } else if (kind < 80) {
                operations.add((writes, rows) -> {
                    String member = writes.table("member");
                    writes.update(
                            member,
                            "update " + member
                                    + " set until_at = ? where family_id = ? and record_person_id = ? and until_at is null",
                            since,
                            family,
                            record);
                });
            } else {
                // a link (one or two records into a person) or an unlink (a record back to itself)
                List<String> moved = new ArrayList<>(List.of(record));
                String other = records.get(random.nextInt(records.size()));
                if (random.nextBoolean() && !other.equals(record)) {
                    moved.add(other);
                }
                String into = random.nextInt(3) == 0 ? record : records.get(random.nextInt(records.size()));
                moved.forEach(r -> personOf.put(r, into));
                operations.add((writes, rows) -> rows.move(List.copyOf(moved), into, writes, PER_RECORD));
            }
        }
        return operations;
    }
}
