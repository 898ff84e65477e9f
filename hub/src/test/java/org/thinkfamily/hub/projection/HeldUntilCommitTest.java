package org.thinkfamily.hub.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A live projection's rows wait for its transaction's commit and go then, in order with its moves and updates; a
 * failure at the commit rolls back the whole batch and turns on a savepoint per event for the retry.
 */
class HeldUntilCommitTest {

    private static final PersonRecordRows.Table[] PER_RECORD = {PersonRecordRows.Table.of("entry_person")};
    private static final String INSERT =
            "insert into entry_person (event_id, record_person_id, person_id) values (?, ?, ?)";

    private JdbcTemplate jdbc;
    private TransactionTemplate transaction;
    private PersonRecordRows rows;
    private ProjectionSavepoint savepoint;
    private ProjectionWrites writes;

    @BeforeEach
    void tables() {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                "jdbc:h2:mem:held-until-commit-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", true);
        jdbc = new JdbcTemplate(dataSource);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        rows = new PersonRecordRows(new NamedParameterJdbcTemplate(jdbc));
        savepoint = ProjectionSavepoints.on(dataSource);
        writes = ProjectionWrites.heldUntilCommit(jdbc, List.of("entry_person"), savepoint);
        jdbc.execute("create table entry_person (event_id varchar(36) primary key, record_person_id varchar(36),"
                + " person_id varchar(36))");
    }

    @Test
    void rows_wait_for_the_commit_and_then_stand_as_if_sent_one_by_one() {
        transaction.executeWithoutResult(status -> {
            writes.insert("entry_person", INSERT, "e1", "r1", "r1");
            writes.insert("entry_person", INSERT, "e2", "r2", "r2");
            assertThat(count()).as("held until the commit").isZero();
            rows.move(List.of("r1"), "p9", writes, PER_RECORD); // given to the held row in memory
            writes.insert("entry_person", INSERT, "e3", "r1", "p9");
            // any other write sends everything held first, so it sees those rows
            assertThat(writes.update(
                            "entry_person", "update entry_person set person_id = 'p2' where record_person_id = 'r2'"))
                    .isEqualTo(1);
            writes.insert("entry_person", INSERT, "e4", "r2", "p2");
        });

        assertThat(jdbc.queryForList(
                        "select event_id || ':' || person_id from entry_person order by event_id", String.class))
                .containsExactly("e1:p9", "e2:p2", "e3:p9", "e4:p2");
    }

    @Test
    void outside_a_transaction_each_row_goes_at_once() {
        writes.insert("entry_person", INSERT, "e1", "r1", "r1");

        assertThat(count()).isEqualTo(1);
    }

    @Test
    void a_failure_at_the_commit_keeps_nothing_of_the_batch_and_the_retry_writes_each_row_at_once() {
        jdbc.update(INSERT, "taken", "r0", "r0");

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    writes.insert("entry_person", INSERT, "e1", "r1", "r1");
                    writes.insert("entry_person", INSERT, "taken", "r2", "r2"); // a key already there
                }))
                .isInstanceOf(TransientDataAccessResourceException.class)
                .hasMessageNotContaining("taken"); // described without the database's words, which quote values
        assertThat(count()).as("nothing of the batch").isEqualTo(1);
        assertThat(savepoint.careful()).isTrue();

        transaction.executeWithoutResult(status -> {
            writes.insert("entry_person", INSERT, "e1", "r1", "r1");
            assertThat(count()).as("at once, inside the event's savepoint").isEqualTo(2);
        });
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from entry_person", Long.class);
    }
}
