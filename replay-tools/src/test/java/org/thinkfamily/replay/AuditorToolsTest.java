package org.thinkfamily.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@code replay-tools family} and {@code export-subject} on a store the hub wrote; each read recorded as the auditor's. */
class AuditorToolsTest {

    @TempDir
    Path dir;

    @Test
    void a_family_now_and_as_known_before_it_existed_and_a_persons_export() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("thinkfamily") + ";WRITE_DELAY=0";
        Instant beforeAnything = Instant.now().minusSeconds(60);
        try (var hub = RebuildCommandTest.hubWithFortyEvents(url)) {
            // the store as the hub left it
        }
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
        String familyId = jdbc.queryForObject("select min(family_id) from family_membership", String.class);
        String personId = jdbc.queryForObject(
                "select min(person_id) from family_membership where family_id = ?", String.class, familyId);
        String db = "--spring.datasource.url=" + url;

        Tool.Run now = Tool.run("family", familyId, "--json", "--user", "ig-auditor", db);
        assertThat(now.status()).as(now.err()).isZero();
        JsonNode view = new ObjectMapper().readTree(now.out());
        assertThat(view.get("familyId").asText()).isEqualTo(familyId);
        assertThat(view.get("members"))
                .extracting(m -> m.get("personId").asText())
                .contains(personId);

        Tool.Run text = Tool.run("family", familyId, "--as-at", Instant.now().toString(), db);
        assertThat(text.status()).as(text.err()).isZero();
        assertThat(text.out()).contains("as the hub knew it at", "the five questions:", personId);

        Tool.Run unknownThen = Tool.run("family", familyId, "--as-at", beforeAnything.toString(), db);
        assertThat(unknownThen.status()).isEqualTo(1);
        assertThat(unknownThen.err()).contains("did not know family " + familyId);

        Tool.Run export = Tool.run("export-subject", personId, "--user", "ig-auditor", db);
        assertThat(export.status()).as(export.err()).isZero();
        JsonNode held = new ObjectMapper().readTree(export.out());
        assertThat(held.get("personId").asText()).isEqualTo(personId);
        assertThat(held.get("events")).isNotEmpty();

        Path document = dir.resolve("subject.html");
        Tool.Run html = Tool.run("export-subject", personId, "--html", "--output", document.toString(), db);
        assertThat(html.status()).as(html.err()).isZero();
        assertThat(Files.readString(document)).contains("Everything the hub holds about", "Who looked");

        assertThat(Tool.run("export-subject", "no-such-person", db).status()).isEqualTo(1);
        // every read above is in the store, as the auditor's, from the tool
        assertThat(jdbc.queryForObject(
                        "select count(*) from domain_event_entry where payload_type like '%FamilyRecordAccessed'",
                        Long.class))
                .isGreaterThanOrEqualTo(4);
    }
}
