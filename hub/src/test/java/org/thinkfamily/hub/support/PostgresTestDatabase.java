package org.thinkfamily.hub.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * The PostgreSQL server the tests run against ({@code THINKFAMILY_TEST_POSTGRES_URL}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code postgres}). Each test run gets databases of
 * its own, created here and dropped when the JVM ends, so runs never see each other's events.
 */
public final class PostgresTestDatabase {

    public static final String URL = env("THINKFAMILY_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("THINKFAMILY_TEST_POSTGRES_USER", "postgres");
    public static final String PASSWORD = env("THINKFAMILY_TEST_POSTGRES_PASSWORD", "");

    private PostgresTestDatabase() {}

    /** Why PostgreSQL cannot be used here, or empty when it can. */
    public static Optional<String> unavailableReason() {
        try (Connection ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("PostgreSQL not reachable at " + URL + " as " + USER + " (" + e.getMessage()
                    + "); set THINKFAMILY_TEST_POSTGRES_URL to run these tests");
        }
    }

    /** Whether this run must not skip the PostgreSQL suites (CI sets it). */
    public static boolean required() {
        return Boolean.getBoolean("thinkfamily.postgres.required")
                || "true".equalsIgnoreCase(System.getenv("THINKFAMILY_POSTGRES_REQUIRED"));
    }

    /** Creates a new, empty database and returns its JDBC URL; it is dropped when the JVM exits. */
    public static String create() {
        String name =
                "tfh_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + name);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> execute("drop database if exists " + name + " with (force)")));
        int slash = URL.lastIndexOf('/');
        int query = URL.indexOf('?', slash);
        return URL.substring(0, slash + 1) + name + (query < 0 ? "" : URL.substring(query));
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL: " + sql + " failed", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
