package org.thinkfamily.hub.projection;

import java.util.List;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.thinkfamily.hub.privacy.SafeErrors;

/**
 * A streaming projection's live writes, held for its batch's transaction and sent as JDBC batches before it commits
 * ({@link BatchedWrites}, as a rebuild sends them): a batch of fifty events costs a few round trips, not one per row.
 * Outside a transaction, and while {@link ProjectionSavepoint} runs each event in a savepoint after a failure, each
 * statement goes at once, inside the event's savepoint. When the held statements fail at the commit, the batch is
 * rolled back whole and tried again with a savepoint per event, so the event at fault is parked alone.
 */
final class HeldUntilCommit implements ProjectionWrites {

    private final JdbcTemplate jdbc;
    private final List<String> tables;
    private final ProjectionSavepoint savepoint;
    /** Found once for every transaction's held writes. */
    private final CopyRows copies;

    HeldUntilCommit(JdbcTemplate jdbc, List<String> tables, ProjectionSavepoint savepoint) {
        this.jdbc = jdbc;
        this.tables = List.copyOf(tables);
        this.savepoint = savepoint;
        this.copies = new CopyRows(jdbc);
    }

    @Override
    public String table(String live) {
        return live;
    }

    @Override
    public void insert(String table, String sql, Object... args) {
        BatchedWrites held = held(true);
        if (held == null) {
            jdbc.update(sql, args);
        } else {
            held.insert(table, sql, args);
        }
    }

    @Override
    public int update(String table, String sql, Object... args) {
        BatchedWrites held = held(false);
        return held == null ? jdbc.update(sql, args) : held.update(table, sql, args);
    }

    @Override
    public void move(PersonRecordRows.Move move) {
        BatchedWrites held = held(true);
        if (held == null) {
            ProjectionWrites.super.move(move); // an update, at once
        } else {
            held.move(move);
        }
    }

    /**
     * The writes held in this transaction; made when {@code make} and there is a transaction to hold them for and no
     * savepoint per event is wanted. Once made, the transaction's writes all go through it, so they stay in order.
     */
    private BatchedWrites held(boolean make) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        BatchedWrites held = (BatchedWrites) TransactionSynchronizationManager.getResource(this);
        if (held != null || !make || savepoint.careful()) {
            return held;
        }
        BatchedWrites made = new BatchedWrites(jdbc, "", tables, copies);
        TransactionSynchronizationManager.bindResource(this, made);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                try {
                    made.flushAll();
                } catch (RuntimeException failed) {
                    savepoint.beCareful();
                    // described without its message: a database may quote the value it refused
                    throw new TransientDataAccessResourceException(
                            "a projection's held writes failed, the batch is tried again with a savepoint per event: "
                                    + SafeErrors.describe(failed));
                }
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(HeldUntilCommit.this);
            }
        });
        return made;
    }
}
