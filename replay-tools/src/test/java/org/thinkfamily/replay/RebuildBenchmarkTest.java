package org.thinkfamily.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.thinkfamily.contracts.published.ingest.IngestPort;
import org.thinkfamily.contracts.published.ingest.IngestStatus;
import org.thinkfamily.hub.HubApplication;
import org.thinkfamily.hub.projection.ProcessingGroups;
import org.thinkfamily.hub.support.PostgresTestDatabase;
import org.thinkfamily.hub.support.RequiresPostgres;

/**
 * {@code replay-tools benchmark-rebuild} on a PostgreSQL store a hub wrote: the store grown by copies with fresh
 * identifiers, and the timeline rebuilt over all of them (every agency event on it once), with a report.
 */
@RequiresPostgres
class RebuildBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void grows_the_store_by_copies_with_fresh_ids_and_rebuilds_the_timeline_over_all_of_them() throws Exception {
        String url = PostgresTestDatabase.create();
        String[] settings = {
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=" + PostgresTestDatabase.USER,
            "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
            "--spring.profiles.active=postgres"
        };
        try (var hub = new SpringApplicationBuilder(HubApplication.class)
                .web(WebApplicationType.NONE)
                .run(settings)) {
            IngestPort ingest = hub.getBean(IngestPort.class);
            SyntheticEvents.generate("bench", 40, 5)
                    .forEach(event ->
                            assertThat(ingest.ingest(event, "test").status()).isEqualTo(IngestStatus.ACCEPTED));
            var timeline = hub.getBean(EventProcessingConfiguration.class)
                    .eventProcessor(ProcessingGroups.TIMELINE, PooledStreamingEventProcessor.class)
                    .orElseThrow();
            JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
            long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !timeline.processingStatus().isEmpty()
                            && timeline.processingStatus().values().stream()
                                    .allMatch(s -> s.getCurrentPosition().orElse(-1) >= head));
        }
        JdbcTemplate jdbc = new JdbcTemplate(
                new DriverManagerDataSource(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD));
        long base = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path report = dir.resolve("rebuild.md");
        String[] command = {
            "benchmark-rebuild",
            "--database",
            url,
            "--database-user",
            PostgresTestDatabase.USER,
            "--database-password",
            PostgresTestDatabase.PASSWORD,
            "--events",
            Long.toString(base * 3),
            "--report",
            report.toString(),
            "--json"
        };
        String[] args = new String[command.length + settings.length];
        System.arraycopy(command, 0, args, 0, command.length);
        System.arraycopy(settings, 0, args, command.length, settings.length);
        int status = ReplayTools.run(args, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(status).as(err.toString()).isZero();
        long stored = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        assertThat(stored).isEqualTo(base * 3);
        assertThat(jdbc.queryForObject("select count(distinct event_identifier) from domain_event_entry", Long.class))
                .as("every copy's events have ids of their own")
                .isEqualTo(stored);
        assertThat(jdbc.queryForObject(
                        "select count(*) from (select distinct aggregate_identifier, sequence_number from domain_event_entry) a",
                        Long.class))
                .isEqualTo(stored);
        long agencyEvents = jdbc.queryForObject(
                "select count(*) from domain_event_entry where payload_type like '%AgencyEventRecorded'", Long.class);
        assertThat(agencyEvents).isEqualTo(120);
        assertThat(jdbc.queryForObject("select count(*) from timeline_entry", Long.class))
                .as("every agency event of every copy on the rebuilt timeline, once")
                .isEqualTo(agencyEvents);
        JsonNode figures = new ObjectMapper().readTree(out.toString());
        assertThat(figures.get("eventsReplayed").asLong()).isEqualTo(stored);
        assertThat(figures.get("eventsPerSecond").asDouble()).isPositive();
        assertThat(Files.readString(report)).contains("events replayed per second", "of the ceiling");
        assertThat(dir.resolve("rebuild-throughput.png")).exists();
    }
}
