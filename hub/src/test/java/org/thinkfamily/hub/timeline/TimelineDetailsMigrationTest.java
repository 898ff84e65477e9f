package org.thinkfamily.hub.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thinkfamily.hub.support.CanonicalEvents.domesticAbuse;
import static org.thinkfamily.hub.support.CanonicalEvents.emergencyAttendance;
import static org.thinkfamily.hub.support.CanonicalEvents.schoolAttendance;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.thinkfamily.hub.HubApplication;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.TestIdentifiers;

/**
 * A store written before the timeline kept details (V9): on the hub's first start with V9 the timeline is
 * cleared and replayed from the event store, so every entry has its details.
 */
class TimelineDetailsMigrationTest {

    @TempDir
    Path dir;

    @Test
    void a_store_from_before_v9_gets_its_timeline_replayed_with_details() {
        String url = "jdbc:h2:file:" + dir.resolve("thinkfamily") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
        String childNhs = TestIdentifiers.nhsNumber();
        try (ConfigurableApplicationContext hub = start(url)) {
            HubClient client =
                    new HubClient(hub.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
            assertThat(client.post(
                                    "police",
                                    "/api/v1/events",
                                    domesticAbuse(
                                            TestIdentifiers.messageId(),
                                            "2026-11-20T22:15:00Z",
                                            TestIdentifiers.niNumber(),
                                            childNhs))
                            .status())
                    .isEqualTo(200);
            assertThat(client.post(
                                    "school",
                                    "/api/v1/events",
                                    schoolAttendance(
                                            TestIdentifiers.messageId(),
                                            "2026-10-24T15:30:00Z",
                                            TestIdentifiers.upn(),
                                            childNhs))
                            .status())
                    .isEqualTo(200);
            assertThat(client.post(
                                    "nhs",
                                    "/api/v1/events",
                                    emergencyAttendance(TestIdentifiers.messageId(), "2026-11-22T09:05:00Z", childNhs))
                            .status())
                    .isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> withDetails(jdbc) == 3);
        }
        // the store as a hub before V9 left it: no details column, and the timeline's tokens at the head (later
        // migrations stay applied, so V9 is let run out of order below)
        jdbc.update("alter table timeline_entry drop column details");
        jdbc.update("delete from \"flyway_schema_history\" where \"version\" = '9'");
        assertThat(jdbc.queryForObject(
                        "select count(*) from token_entry where processor_name = 'timeline'", Long.class))
                .isPositive();

        try (ConfigurableApplicationContext ignored = start(url)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> withDetails(jdbc) == 3);
            assertThat(jdbc.queryForObject("select count(*) from timeline_entry", Long.class))
                    .isEqualTo(3);
            assertThat(jdbc.queryForObject(
                            "select details from timeline_entry where event_type = 'SCHOOL_ATTENDANCE_SUMMARY'",
                            String.class))
                    .contains("\"possibleSessions\":100", "\"presentSessions\":84");
            assertThat(jdbc.queryForObject("select count(*) from timeline_member", Long.class))
                    .isEqualTo(2);
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(HubApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--server.port=0",
                        "--thinkfamily.connectors.hl7.enabled=false",
                        "--spring.main.banner-mode=off",
                        "--spring.flyway.out-of-order=true");
    }

    private static long withDetails(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from timeline_entry where details is not null", Long.class);
    }
}
