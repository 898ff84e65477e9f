package org.thinkfamily.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.thinkfamily.contracts.family.CloseFamily;
import org.thinkfamily.hub.messaging.Commands;

/**
 * {@code replay-tools retention} and {@code erase} on a store the hub wrote: a closed family past its retention date
 * is reported, then its people are erased; a script of the whole database then holds none of their names or
 * identifiers, the history still verifies, and their export shows them erased.
 */
class ErasureToolsTest {

    @TempDir
    Path dir;

    @Test
    void the_retention_rule_reports_a_closed_family_past_its_date_and_erases_its_people() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("thinkfamily") + ";WRITE_DELAY=0";
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
        String familyId;
        try (var hub = RebuildCommandTest.hubWithFortyEvents(url)) {
            // a family with children, each born on a day some record of theirs gives (so the rule can judge it)
            familyId = jdbc.queryForObject("""
                    select min(f.family_id) from family_record f where f.merged_into is null
                    and exists (select 1 from family_membership m where m.family_id = f.family_id and m.role = 'CHILD')
                    and not exists (select 1 from family_membership m where m.family_id = f.family_id and m.role = 'CHILD'
                        and not exists (select 1 from person_link l join person_directory d on d.person_id = l.person_id
                                        where l.root_id = m.person_id and d.birth_date is not null))""", String.class);
            hub.getBean(Commands.class)
                    .sendAs("manager", new CloseFamily(familyId, "stepped down to universal services", "manager"));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.queryForObject(
                                    "select count(*) from family_record where family_id = ? and closed_at is not null",
                                    Integer.class,
                                    familyId)
                            == 1);
        }
        String db = "--spring.datasource.url=" + url;
        Tool.Run notYet = Tool.run("retention", "--as-of", "2030-01-01", "--json", db);
        assertThat(notYet.status()).as(notYet.err()).isZero();
        assertThat(new ObjectMapper().readTree(notYet.out()).get("familiesDue")).isEmpty();

        Tool.Run report = Tool.run("retention", "--as-of", "2100-01-01", "--json", db);
        assertThat(report.status()).as(report.err()).isZero();
        JsonNode due = new ObjectMapper().readTree(report.out());
        assertThat(due.get("familiesDue"))
                .extracting(f -> f.get("familyId").asText())
                .containsExactly(familyId);
        List<String> people = new java.util.ArrayList<>();
        due.get("peopleDue").forEach(p -> people.add(p.asText()));
        assertThat(people).isNotEmpty();
        List<String> kept = new java.util.ArrayList<>();
        due.get("peopleKept").forEach(p -> kept.add(p.asText()));
        // what the people due were known by (given names are each person's own here), and what the kept ones were
        List<String> names = valuesOf(jdbc, "d.given_name", "person_directory", people);
        List<String> identifiers = valuesOf(jdbc, "d.identifier_value", "person_identifier", people);
        List<String> keptNames = valuesOf(jdbc, "d.given_name", "person_directory", kept);
        assertThat(names).isNotEmpty();
        assertThat(identifiers).isNotEmpty();
        assertThat(script(jdbc)).as("reporting erases nothing").contains(names).contains(identifiers);

        Tool.Run applied = Tool.run("retention", "--as-of", "2100-01-01", "--erase", "--user", "ig-auditor", db);
        assertThat(applied.status()).as(applied.err()).isZero();
        assertThat(applied.out()).contains("erased " + people.size() + " people");

        String after = script(jdbc);
        for (String value : names) {
            assertThat(after).as("a name of someone erased").doesNotContain(value);
        }
        for (String value : identifiers) {
            assertThat(after).as("an identifier of someone erased").doesNotContain(value);
        }
        assertThat(after).as("other families keep theirs").contains("Child");
        keptNames.forEach(name -> assertThat(after).as("someone kept").contains(name));

        Tool.Run verify = Tool.run("verify", db);
        assertThat(verify.status()).as(verify.out() + verify.err()).isZero();

        Tool.Run export = Tool.run("export-subject", people.get(0), "--user", "ig-auditor", db);
        assertThat(export.status()).as(export.err()).isZero();
        JsonNode held = new ObjectMapper().readTree(export.out());
        assertThat(held.get("personalDataErased").asBoolean()).isTrue();
        assertThat(export.out()).doesNotContain(names).doesNotContain(identifiers);

        // erase by hand: a person of another family; none, and no reason, are refused
        String other = jdbc.queryForObject(
                "select min(person_id) from family_membership where family_id <> ?", String.class, familyId);
        Tool.Run erased = Tool.run("erase", other, "--reason", "subject's request", "--json", db);
        assertThat(erased.status()).as(erased.err()).isZero();
        assertThat(new ObjectMapper().readTree(erased.out()).get("personId").asText())
                .isEqualTo(other);
        assertThat(Tool.run("erase", "no-such-person", "--reason", "x", db).status())
                .isEqualTo(1);
        assertThat(Tool.run("erase", other, db).status())
                .as("--reason is required")
                .isEqualTo(2);
        assertThat(Tool.run("erase", other, "--reason", "r".repeat(501), db).status())
                .as("a reason over 500 characters")
                .isEqualTo(2);
        assertThat(Tool.run("retention", "--as-of", "last-tuesday", db).status())
                .as("a day that is not a date")
                .isEqualTo(2);
    }

    /** One column's values over every record of these people (each record read as one of them). */
    private static List<String> valuesOf(JdbcTemplate jdbc, String column, String table, List<String> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc)
                .queryForList(
                        "select distinct " + column + " from person_link l join " + table
                                + " d on d.person_id = l.person_id where l.root_id in (:people) and " + column
                                + " is not null",
                        java.util.Map.of("people", people),
                        String.class);
    }

    /**
     * Every row of every table of the embedded database, as H2 writes it out, and the stored events and snapshots
     * decoded as text (the script writes them in hex, which would hide a name).
     */
    private static String script(JdbcTemplate jdbc) {
        StringBuilder all = new StringBuilder();
        jdbc.queryForList("script", String.class)
                .forEach(line -> all.append(line).append('\n'));
        for (String table : List.of("domain_event_entry", "snapshot_event_entry")) {
            jdbc.query("select payload, meta_data from " + table, rs -> {
                all.append(new String(rs.getBytes(1), java.nio.charset.StandardCharsets.UTF_8));
                byte[] meta = rs.getBytes(2);
                all.append(meta == null ? "" : new String(meta, java.nio.charset.StandardCharsets.UTF_8));
            });
        }
        return all.toString();
    }
}
