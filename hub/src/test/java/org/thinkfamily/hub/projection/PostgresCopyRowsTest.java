package org.thinkfamily.hub.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.thinkfamily.hub.support.PostgresTestDatabase;
import org.thinkfamily.hub.support.RequiresPostgres;

/** Rows copied in COPY's text format read back as the same rows inserted one by one with JDBC's binding. */
@RequiresPostgres
class PostgresCopyRowsTest {

    private static final String COLUMNS = "id, words, at, local_at, done, n";

    private JdbcTemplate jdbc;

    @BeforeEach
    void tables() {
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(
                PostgresTestDatabase.create(), PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD, true));
        for (String table : List.of("copied", "inserted")) {
            jdbc.execute("create table " + table + " (id varchar(36) primary key, words text,"
                    + " at timestamp with time zone, local_at timestamp, done boolean, n bigint)");
        }
    }

    @Test
    void rows_copied_read_back_as_the_same_rows_inserted_one_by_one() {
        Timestamp at = Timestamp.from(Instant.parse("2026-03-03T09:15:30.123Z"));
        Timestamp later = Timestamp.from(Instant.parse("2026-12-07T23:59:59.999999Z"));
        List<Object[]> rows = List.of(
                new Object[] {"1", "a tab\there, a line\nand a return\r, a back\\slash, \\N, é ñ ü", at, at, true, 7L},
                new Object[] {"2", "", later, later, false, -1L},
                new Object[] {"3", null, null, null, null, null},
                new Object[] {"4", "\\.", at, later, true, 0L},
                new Object[] {"5", "\\", later, at, false, Long.MAX_VALUE});
        String insert = "insert into inserted (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?)";
        rows.forEach(row -> jdbc.update(insert, row));

        assertThat(CopyRows.copyable(rows)).isTrue();
        CopyRows.send(
                jdbc, CopyRows.copyOf(insert.replace("inserted", "copied")).orElseThrow(), rows);

        assertThat(all("copied")).isEqualTo(all("inserted")).hasSize(rows.size());
    }

    @Test
    void only_plain_inserts_of_values_with_a_text_form_are_copied() {
        assertThat(CopyRows.copyOf("insert into t (a, b_c) values (?, ?)")).contains("copy t (a, b_c) from stdin");
        assertThat(CopyRows.copyOf("insert into t (a, b) values (?, ?) on conflict do nothing"))
                .isEmpty();
        assertThat(CopyRows.copyOf("insert into t (a, b) values (?, cast(? as int))"))
                .isEmpty();
        assertThat(CopyRows.copyOf("insert into t (a, b) values (?)")).isEmpty();
        assertThat(CopyRows.copyOf(
                        "merge into t m using (values (?)) as s (a) on m.a = s.a when matched then" + " do nothing"))
                .isEmpty();
        assertThat(CopyRows.copyable(List.<Object[]>of(new Object[] {"a", new byte[] {1}})))
                .isFalse();
        assertThat(CopyRows.copyable(List.<Object[]>of(new Object[] {"a", 1.5d})))
                .isFalse();
    }

    private List<Map<String, Object>> all(String table) {
        return jdbc.queryForList("select " + COLUMNS + " from " + table + " order by id");
    }
}
