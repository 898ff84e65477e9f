package org.thinkfamily.replay.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import picocli.CommandLine.Option;

/** The database a benchmark reads and measures its ceiling on: the hub's own, PostgreSQL. */
final class DatabaseOptions {

    @Option(
            names = "--database",
            required = true,
            description = "the hub's database (JDBC URL of PostgreSQL), for the figures read from it and the ceiling")
    String url;

    @Option(names = "--database-user", defaultValue = "postgres", description = "(default ${DEFAULT-VALUE})")
    String user;

    @Option(names = "--database-password", defaultValue = "", description = "(default empty)")
    String password;

    JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(url, user, password));
    }
}
