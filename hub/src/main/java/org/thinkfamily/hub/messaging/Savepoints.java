package org.thinkfamily.hub.messaging;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * A piece of work inside a JDBC savepoint of the surrounding transaction: when it fails (or its result is not to
 * be kept) only its own writes are rolled back, and the transaction goes on. On PostgreSQL a failed statement
 * would otherwise spoil the whole transaction. Outside a transaction the work simply runs.
 */
@Component
public class Savepoints {

    /** Work that may throw anything; what it throws is thrown on, after the rollback. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private final DataSource dataSource;

    public Savepoints(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the work; rolls back to the savepoint when it throws, or when {@code keep} refuses its result. */
    public <T, E extends Exception> T run(Work<T, E> work, Predicate<? super T> keep) throws E {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (connection.getAutoCommit()) {
                return work.run(); // no transaction to protect
            }
            Savepoint savepoint = connection.setSavepoint();
            T result;
            try {
                result = work.run();
            } catch (Exception | Error failed) {
                connection.rollback(savepoint);
                throw failed;
            }
            if (keep.test(result)) {
                connection.releaseSavepoint(savepoint);
            } else {
                connection.rollback(savepoint);
            }
            return result;
        } catch (SQLException savepointFailed) {
            throw new IllegalStateException("a savepoint could not be set or rolled back", savepointFailed);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
