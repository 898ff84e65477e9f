package org.thinkfamily.connectors.support;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tells a failure that may pass by itself (the database or another resource away) from one that will recur
 * on the same input: the first is worth waiting out, the second is not. Also describes a failure for the log.
 */
public final class Failures {

    /** Spring's words for a resource being away, by name: the connectors do not depend on spring-tx or spring-jdbc. */
    private static final Set<String> TRANSIENT_TYPES = Set.of(
            "org.springframework.dao.TransientDataAccessException",
            "org.springframework.dao.RecoverableDataAccessException",
            "org.springframework.dao.DataAccessResourceFailureException",
            "org.springframework.transaction.CannotCreateTransactionException");

    /** SQLSTATE classes of a connection lost, a transaction rolled back, resources short, an operator's shutdown. */
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("08", "40", "53", "57");

    private Failures() {}

    public static boolean transientCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().length() >= 2
                    && TRANSIENT_SQL_STATES.contains(sql.getSQLState().substring(0, 2))) {
                return true;
            }
            for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
                if (TRANSIENT_TYPES.contains(type.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A failure for the log without its messages, which may quote personal data (a database names the duplicate
     * key, a parser quotes the input): the chain of exception types, SQL states, and where in the project's own
     * code it happened.
     */
    public static String describe(Throwable error) {
        List<String> chain = new ArrayList<>();
        String where = null;
        for (Throwable t = error; t != null && chain.size() < 10; t = t.getCause()) {
            String name = t.getClass().getName();
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                name += "[SQLState " + sql.getSQLState() + "]";
            }
            chain.add(name);
            if (where == null) {
                for (StackTraceElement frame : t.getStackTrace()) {
                    if (frame.getClassName().startsWith("org.thinkfamily.")) {
                        where = frame.toString();
                        break;
                    }
                }
            }
        }
        return String.join(" <- ", chain) + (where == null ? "" : " at " + where);
    }
}
