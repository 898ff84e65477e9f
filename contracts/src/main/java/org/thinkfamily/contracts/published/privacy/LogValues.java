package org.thinkfamily.contracts.published.privacy;

import java.util.regex.Pattern;

/**
 * The one rule for putting a value taken from input into a log line: only a code or id of a known shape
 * goes in as it is; anything else is replaced by a placeholder. So a newline in an agency code cannot
 * forge a line, and a name typed where a code belongs never reaches the log.
 */
public final class LogValues {

    /** Agency codes, connector names, message ids and event ids as the hub accepts them. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/\\[\\]-]{0,127}");

    private LogValues() {}

    /** The value when it has the shape of a code or id, else {@code (not a valid code)}. */
    public static String code(String value) {
        if (value == null) {
            return null;
        }
        return CODE.matcher(value).matches() ? value : "(not a valid code)";
    }
}
