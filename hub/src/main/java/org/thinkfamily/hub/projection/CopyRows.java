package org.thinkfamily.hub.projection;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A batch of plain inserts sent by PostgreSQL's {@code COPY … FROM STDIN}, in its text format, on the transaction's own
 * connection: the server parses one stream instead of a statement per hundred rows. In a rebuild, the inserts into
 * the timeline's shadow tables took half of the database's time. Only a statement of the form {@code insert into t
 * (a, b) values (?, ?)} is copied, and only rows of values whose text PostgreSQL reads as JDBC would bind them
 * (text, whole numbers, booleans, timestamps); anything else goes as a JDBC batch. One per projection's writes:
 * whether the database is PostgreSQL, and each insert's copy statement, are found once, not at every commit.
 */
final class CopyRows {

    private static final Pattern PLAIN_INSERT = Pattern.compile(
            "insert into ([a-z_][a-z0-9_]*) \\(([a-z_][a-z0-9_]*(?:, [a-z_][a-z0-9_]*)*)\\) values \\(\\?(?:, \\?)*\\)");

    private final JdbcTemplate jdbc;
    /** Each insert's copy statement, or empty. */
    private final Map<String, Optional<String>> statements = new ConcurrentHashMap<>();

    private volatile Boolean onPostgres;

    CopyRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the rows of that insert were copied; when not (another database, statement or value), none was sent. */
    boolean copied(String insert, List<Object[]> rows) {
        if (onPostgres == null) {
            onPostgres = Boolean.TRUE.equals(
                    jdbc.execute((ConnectionCallback<Boolean>) c -> c.isWrapperFor(PGConnection.class)));
        }
        if (!onPostgres) {
            return false;
        }
        Optional<String> copy = statements.computeIfAbsent(insert, CopyRows::copyOf);
        if (copy.isEmpty() || !copyable(rows)) {
            return false;
        }
        send(jdbc, copy.get(), rows);
        return true;
    }

    /** The copy statement for an insert of that form with an argument per column, or empty. */
    static Optional<String> copyOf(String insert) {
        Matcher plain = PLAIN_INSERT.matcher(insert);
        if (!plain.matches()) {
            return Optional.empty();
        }
        long columns = plain.group(2).split(", ").length;
        long arguments = insert.chars().filter(c -> c == '?').count();
        return columns == arguments
                ? Optional.of("copy " + plain.group(1) + " (" + plain.group(2) + ") from stdin")
                : Optional.empty();
    }

    /** Whether every value of the rows has a text form here. */
    static boolean copyable(List<Object[]> rows) {
        for (Object[] row : rows) {
            for (Object value : row) {
                if (!(value == null
                        || value instanceof String
                        || value instanceof Boolean
                        || value instanceof Integer
                        || value instanceof Long
                        || value instanceof Short
                        || value instanceof BigDecimal
                        || value instanceof BigInteger
                        || value instanceof Timestamp)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Sends the rows; the caller checked {@link #copyable}. */
    static void send(JdbcTemplate jdbc, String copy, List<Object[]> rows) {
        String text = text(rows);
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(text));
            } catch (IOException e) {
                throw new IllegalStateException("rows could not be copied", e);
            }
        });
    }

    /** The rows in COPY's text format: tab between values, a line each, {@code \N} for null, backslash escapes. */
    static String text(List<Object[]> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 96);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                append(text, row[i]);
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static void append(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof Boolean b) {
            text.append(b ? 't' : 'f');
        } else if (value instanceof Timestamp timestamp) {
            // as the driver binds a Timestamp: the instant in this JVM's zone, with its offset
            text.append(OffsetDateTime.ofInstant(timestamp.toInstant(), ZoneId.systemDefault()));
        } else if (value instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    case '\t' -> text.append("\\t");
                    default -> text.append(c);
                }
            }
        } else {
            text.append(value); // a whole number
        }
    }
}
