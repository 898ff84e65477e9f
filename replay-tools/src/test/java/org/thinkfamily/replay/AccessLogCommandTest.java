package org.thinkfamily.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.thinkfamily.contracts.audit.AccessRelationship;
import org.thinkfamily.hub.audit.AccessRecorder;

/** {@code replay-tools access-log}: the entries the hub recorded, filtered as auditors ask. */
class AccessLogCommandTest {

    @TempDir
    Path dir;

    @Test
    void lists_a_familys_reads_with_what_allowed_them() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("thinkfamily") + ";WRITE_DELAY=0";
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
        String family;
        try (var hub = RebuildCommandTest.hubWithFortyEvents(url)) {
            family = jdbc.queryForObject("select min(family_id) from family_membership", String.class);
            String other = jdbc.queryForObject("select max(family_id) from family_membership", String.class);
            AccessRecorder recorder = hub.getBean(AccessRecorder.class);
            recorder.record("manager", family, "READ_FAMILY", "case review", AccessRelationship.MANAGER, "api");
            recorder.record("hv", family, "READ_FAMILY", "covering a visit", AccessRelationship.BREAK_GLASS, "web");
            recorder.record("manager", other, "READ_FAMILY", "case review", AccessRelationship.MANAGER, "api");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.queryForObject("select count(*) from access_log_entry", Long.class) == 3);
        }

        Tool.Run all = Tool.run("access-log", "--family", family, "--json", "--spring.datasource.url=" + url);
        assertThat(all.status()).as(all.err()).isZero();
        JsonNode entries = new ObjectMapper().readTree(all.out()).get("entries");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("user").asText()).isEqualTo("manager");
        assertThat(entries.get(0).get("relationship").asText()).isEqualTo("MANAGER");
        assertThat(entries.get(1).get("purpose").asText()).isEqualTo("covering a visit");

        Tool.Run breakGlass = Tool.run("access-log", "--relationship", "BREAK_GLASS", "--spring.datasource.url=" + url);
        assertThat(breakGlass.status()).as(breakGlass.err()).isZero();
        assertThat(breakGlass.out()).contains("hv", "BREAK_GLASS", "covering a visit", "1 entry");

        assertThat(Tool.run("access-log", "--relationship", "FRIEND").status()).isEqualTo(2);
        assertThat(Tool.run("access-log", "--from", "yesterday").status()).isEqualTo(2);
    }
}
