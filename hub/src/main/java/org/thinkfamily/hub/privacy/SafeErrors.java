package org.thinkfamily.hub.privacy;

import org.thinkfamily.connectors.support.Failures;

/**
 * Describes a failure for the log without its messages, which may quote personal data (a database
 * names the duplicate key, a parser quotes the input): the chain of exception types, SQL states,
 * and where in the hub's own code it happened. The connectors describe theirs the same way, so the
 * description lives with them ({@link Failures#describe}).
 */
public final class SafeErrors {

    private SafeErrors() {}

    public static String describe(Throwable error) {
        return Failures.describe(error);
    }
}
