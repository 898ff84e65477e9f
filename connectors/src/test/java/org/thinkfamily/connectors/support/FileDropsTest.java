package org.thinkfamily.connectors.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thinkfamily.contracts.published.canonical.Sector;

/** A file drop through a real Camel file consumer on a real folder: a file that keeps failing does not loop for ever. */
class FileDropsTest {

    @TempDir
    Path inbox;

    final RecordingIngest deadLetters = new RecordingIngest();
    DefaultCamelContext camel;

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }

    void start(BiFunction<String, byte[], String> processFile) throws Exception {
        ConnectorProperties properties = new ConnectorProperties(
                inbox,
                Duration.ofMillis(50),
                Duration.ofDays(30),
                Duration.ofSeconds(1),
                Duration.ofHours(24),
                3,
                Map.of(),
                null,
                null,
                null); // the endpoint tuning, FHIR and RabbitMQ settings as by default
        FileRefusals refusals = new FileRefusals(deadLetters, "test-drop", null, Sector.BENEFITS, "text/csv");
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                FileDrops.from(this, properties, "test-drop", refusals, processFile);
            }
        });
        camel.start();
    }

    Path drop(String name, String content) throws Exception {
        Path folder = Files.createDirectories(inbox.resolve("test-drop"));
        Path staging = folder.resolve("." + name + ".part");
        Files.writeString(staging, content);
        return Files.move(staging, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void a_file_that_fails_unexpectedly_is_taken_at_most_max_attempts_times_then_set_aside_with_a_dead_letter()
            throws Exception {
        AtomicInteger taken = new AtomicInteger();
        start((name, content) -> {
            taken.incrementAndGet();
            throw new IllegalStateException("a parser's bug");
        });
        Path file = drop("poison.csv", "a,b\n1,2\n");
        Path failed = inbox.resolve("test-drop/.failed/poison.csv");
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(failed) && !Files.exists(file));
        Thread.sleep(500);
        assertThat(taken).hasValue(3);
        assertThat(deadLetters.deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.location()).isEqualTo("poison.csv (whole file)");
            assertThat(letter.reason()).contains("3 attempts").contains("IllegalStateException");
            assertThat(letter.payload()).isEqualTo("a,b\n1,2\n");
        });
    }

    @Test
    void a_file_failing_while_the_database_is_away_is_taken_again_until_it_is_back() throws Exception {
        AtomicInteger taken = new AtomicInteger();
        start((name, content) -> {
            if (taken.incrementAndGet() <= 6) {
                throw new IllegalStateException(
                        "could not commit", new SQLTransientConnectionException("pool timed out"));
            }
            return ".done";
        });
        Path file = drop("claims.csv", "a,b\n1,2\n");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Files.exists(inbox.resolve("test-drop/.done/claims.csv")) && !Files.exists(file));
        assertThat(taken).hasValue(7);
        assertThat(deadLetters.deadLetters).isEmpty();
    }
}
