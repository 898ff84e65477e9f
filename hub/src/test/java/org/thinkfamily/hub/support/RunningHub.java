package org.thinkfamily.hub.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole hub running on a random port, for scenarios over real HTTP. On the embedded default (an H2 file
 * database in a fresh folder, no profile, demo accounts) unless the test class is {@link OnPostgres}, then on a
 * PostgreSQL database of its own with the production profile. A feature's scenarios are an abstract subclass in
 * the feature's test package, run by two one-line classes, one per store.
 * <p>
 * Test classes with the same settings share one running hub (Spring's context cache), as the scenarios of one
 * class did before; a suite that needs a hub of its own names it with
 * {@code @TestPropertySource(properties = "thinkfamily.test.hub=<name>")}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RunningHub.Store.class)
public abstract class RunningHub {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected HubClient hub;

    @BeforeEach
    void connect() {
        hub = new HubClient(port);
    }

    /** The database of the hub being started: PostgreSQL under the postgres profile, else the embedded default. */
    public static class Store implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            var environment = context.getEnvironment();
            Map<String, Object> database;
            if (environment.acceptsProfiles(Profiles.of("postgres"))) {
                database = Map.of(
                        "spring.datasource.url",
                        PostgresTestDatabase.create(),
                        "spring.datasource.username",
                        PostgresTestDatabase.USER,
                        "spring.datasource.password",
                        PostgresTestDatabase.PASSWORD);
            } else {
                Path dir = folder(environment.getProperty("thinkfamily.test.hub", "hub"));
                database = Map.of(
                        "spring.datasource.url",
                        "jdbc:h2:file:" + dir.resolve("thinkfamily") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
            }
            environment.getPropertySources().addFirst(new MapPropertySource("thinkfamily-test-database", database));
        }

        private static Path folder(String name) {
            try {
                return Files.createTempDirectory("thinkfamily-" + name);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
