package org.thinkfamily.hub.privacy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Describes a failure for the log without its messages, which may quote personal data (a database
 * names the duplicate key, a parser quotes the input): the chain of exception types, SQL states,
 * and where in the hub's own code it happened.
 */
public final class SafeErrors {

    private SafeErrors() {
    }

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
