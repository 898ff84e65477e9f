package org.thinkfamily.hub.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.thinkfamily.hub.integrity.HistoryChain;
import org.thinkfamily.hub.integrity.HistoryVerification;
import org.thinkfamily.hub.support.AgencyScenarios;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.OnPostgres;
import org.thinkfamily.hub.support.PostgresTestDatabase;
import org.thinkfamily.hub.support.TestIdentifiers;

/**
 * Erasure without rewriting history, on PostgreSQL: after an auditor erases a child, a dump of every table of the
 * database holds none of the child's personal data (names, birth date, address, identifiers, the words of every
 * record naming them), while the records' facts stay on the timeline and the history verifies intact. Their mother,
 * named in the same police record, keeps hers: the dump is shown to find personal data where it is.
 */
@OnPostgres
@ExtendWith(OutputCaptureExtension.class)
class ErasureTest extends AgencyScenarios {

    @Autowired
    HistoryChain chain;

    @Autowired
    HistoryVerification verification;

    @Test
    void an_erased_child_leaves_no_personal_bytes_in_the_database_and_the_history_still_verifies(CapturedOutput logs)
            throws Exception {
        Child child = Child.made();
        String motherFamily = familyName();
        String motherNi = TestIdentifiers.niNumber();
        String policeWords = "Officers spoke with " + child.given() + " " + child.token();
        String schoolWords = "Attendance of " + child.token() + "-school fell this half term";
        accepted("police", police(child, motherFamily, motherNi, policeWords));
        accepted("school", school(child, schoolWords));
        // a record the hub refused, kept with its raw payload, names the child too
        HubClient.Response refused = hub.post(
                "police",
                "/api/v1/events",
                police(child, motherFamily, motherNi, policeWords)
                        .replace("\"occurredAt\":\"2026-11-20T22:15:00Z\"", "\"occurredAt\":\"last Tuesday\""));
        assertThat(refused.json().at("/results/0/status").asText()).isEqualTo("REJECTED");

        JsonNode person = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + child.nhs())
                .json()
                .at("/people/0");
        String childId = person.get("personId").asText();
        String familyId = person.at("/familyIds/0").asText();
        awaitTimeline(familyId, 2);
        String before = dump();
        assertThat(before)
                .as("before erasure the projections and the dead letter hold the child's data")
                .contains(child.family(), child.nhs(), child.upn(), child.token(), motherFamily);
        String stored = storedEventsAsText();
        assertThat(stored).as("events are stored, sealed").contains("AgencyEventRecorded", "aes-gcm");
        for (String value : child.personalData()) {
            assertThat(stored)
                    .as("the event store holds personal data only sealed")
                    .doesNotContain(value);
        }
        assertThat(stored).doesNotContain(motherFamily, motherNi);

        assertThat(hub.post("lead", "/api/v1/people/" + childId + "/erase", "{\"reason\":\"retention ended\"}")
                        .status())
                .isEqualTo(403);
        assertThat(hub.post("manager", "/api/v1/people/" + childId + "/erase", "{\"reason\":\"retention ended\"}")
                        .status())
                .isEqualTo(403);
        assertThat(hub.post("auditor", "/api/v1/people/" + childId + "/erase", "{\"reason\":\" \"}")
                        .status())
                .as("a reason is required")
                .isEqualTo(400);
        assertThat(hub.post(
                                "auditor",
                                "/api/v1/people/" + childId + "/erase",
                                "{\"reason\":\"" + "r".repeat(501) + "\"}")
                        .status())
                .as("a reason over 500 characters")
                .isEqualTo(400);
        assertThat(hub.post("auditor", "/api/v1/people/" + childId + "/erase", "{\"reason\":")
                        .status())
                .as("a body cut short")
                .isEqualTo(400);
        assertThat(hub.get("auditor", "/api/v1/audit/retention?asOf=last-tuesday")
                        .status())
                .as("a day that is not a date")
                .isEqualTo(400);
        assertThat(hub.post(
                                "auditor",
                                "/api/v1/people/00000000-0000-0000-0000-000000000000/erase",
                                "{\"reason\":\"retention ended\"}")
                        .status())
                .isEqualTo(404);

        HubClient.Response erased =
                hub.post("auditor", "/api/v1/people/" + childId + "/erase", "{\"reason\":\"retention ended\"}");
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().get("personId").asText()).isEqualTo(childId);
        assertThat(erased.json().get("dataSubjects")).isNotEmpty();
        assertThat(erased.json().get("deadLettersDeleted").asInt()).isGreaterThanOrEqualTo(1);

        // the timeline keeps what happened, when and from whom; not what was said
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode entries = timeline("auditor", familyId, "").get("entries");
            assertThat(entries).hasSize(2);
            entries.forEach(entry -> {
                assertThat(entry.has("summary")).as(entry.toString()).isFalse();
                assertThat(entry.get("erased").asBoolean()).isTrue();
                assertThat(entry.get("type").asText()).isNotBlank();
                assertThat(entry.at("/source/agency").asText()).isNotBlank();
            });
        });
        assertThat(hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + child.nhs())
                        .json()
                        .get("people"))
                .as("no later record can be matched to the erased child")
                .isEmpty();
        JsonNode export =
                hub.get("auditor", "/api/v1/people/" + childId + "/export").json();
        assertThat(export.toString()).doesNotContain(child.family(), child.nhs(), child.token());
        assertThat(export.get("personalDataErased").asBoolean()).isTrue();
        assertThat(export.has("name")).isFalse();
        String document = hub.exchange("auditor", "GET", "/api/v1/people/" + childId + "/export?format=html", null)
                .body();
        assertThat(document).contains("personal data was erased").doesNotContain(child.family(), child.token());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String after = dump();
            for (String value : child.personalData()) {
                assertThat(after)
                        .as("the dump still holds one of the child's values")
                        .doesNotContain(value);
            }
            assertThat(after).as("the mother was not erased").contains(motherFamily, motherNi);
        });
        for (String value : child.personalData()) {
            assertThat(logs.getAll()).doesNotContain(value);
        }

        chain.extend();
        HistoryVerification.Result verified = verification.verify(List.of(), index -> {});
        assertThat(verified.intact()).as("%s", verified.differences()).isTrue();
    }

    /** Two nodes: a key one node destroys, the other forgets within its erasure check, and never makes again. */
    @Test
    void a_key_destroyed_on_one_node_is_forgotten_by_another_within_a_second() {
        var properties = new PrivacyProperties(1000, Duration.ofMinutes(10), Duration.ofMillis(200), 25);
        PersonKeys nodeA = new DatabasePersonKeys(jdbc, properties);
        PersonKeys nodeB = new DatabasePersonKeys(jdbc, properties);
        String subject = java.util.UUID.randomUUID().toString();
        assertThat(nodeA.keyFor(subject)).isPresent();
        assertThat(nodeB.existing(subject)).as("node B holds the key in memory").isPresent();

        nodeA.destroy(List.of(subject));
        assertThat(nodeA.existing(subject)).isEmpty();
        await().atMost(Duration.ofSeconds(5))
                .until(() -> nodeB.existing(subject).isEmpty());
        assertThat(nodeB.keyFor(subject)).as("no key is made again").isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from person_key where data_subject = ? and key_bytes is null",
                        Integer.class,
                        subject))
                .isEqualTo(1);
    }

    /** The stored events, snapshots and their metadata decoded as text (pg_dump writes them in hex). */
    private String storedEventsAsText() {
        StringBuilder all = new StringBuilder();
        for (String table : List.of("domain_event_entry", "snapshot_event_entry")) {
            jdbc.query("select payload, meta_data, payload_type from " + table, rs -> {
                all.append(new String(rs.getBytes(1), StandardCharsets.UTF_8))
                        .append(rs.getBytes(2) == null ? "" : new String(rs.getBytes(2), StandardCharsets.UTF_8))
                        .append(rs.getString(3))
                        .append('\n');
            });
        }
        return all.toString();
    }

    /** pg_dump of every table of this run's database, as text, with the stored events decoded. */
    private String dump() throws Exception {
        String url = jdbc.queryForObject("select current_database()", String.class);
        Process dump = new ProcessBuilder(
                        "pg_dump",
                        "--host=127.0.0.1",
                        "--username=" + PostgresTestDatabase.USER,
                        "--no-password",
                        "--data-only",
                        url)
                .redirectErrorStream(true)
                .start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dump.getInputStream().transferTo(out);
        assertThat(dump.waitFor()).as("pg_dump").isZero();
        return out.toString(StandardCharsets.UTF_8) + storedEventsAsText();
    }

    private record Child(
            String given, String family, String birthDate, String nhs, String upn, String uprn, String token) {

        static Child made() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String birthDate =
                    "20%02d-%02d-%02d".formatted(random.nextInt(10, 20), random.nextInt(1, 13), random.nextInt(1, 29));
            return new Child(
                    "Z" + familyName().substring(1).toLowerCase(),
                    familyName(),
                    birthDate,
                    TestIdentifiers.nhsNumber(),
                    TestIdentifiers.upn(),
                    TestIdentifiers.uprn(),
                    "W" + familyName().substring(1));
        }

        List<String> personalData() {
            List<String> values = new ArrayList<>(List.of(given, family, nhs, upn, uprn, token));
            values.add(nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6));
            return values;
        }
    }

    private static String police(Child child, String motherFamily, String motherNi, String words) {
        return """
                {"source":{"agency":"west-yorkshire-police","sector":"POLICE","messageId":"%s"},
                 "type":"DOMESTIC_ABUSE_INCIDENT","occurredAt":"2026-11-20T22:15:00Z",
                 "subjects":[
                   {"role":"PARENT_CARER","identifiers":[{"system":"ni-number","value":"%s"}],
                    "name":{"given":"Mary","family":"%s"},"birthDate":"1990-06-01"},
                   {"role":"CHILD","identifiers":[{"system":"nhs-number","value":"%s"}],
                    "name":{"given":"%s","family":"%s"},"birthDate":"%s",
                    "address":{"uprn":"%s","postcode":"BD1 1AA"}}],
                 "summary":"%s",
                 "details":{"policeReference":"13/123456/26","childPresent":true,"note":"%s"}}""".formatted(
                        TestIdentifiers.messageId(),
                        motherNi,
                        motherFamily,
                        child.nhs(),
                        child.given(),
                        child.family(),
                        child.birthDate(),
                        child.uprn(),
                        words,
                        child.token());
    }

    private static String school(Child child, String words) {
        return """
                {"source":{"agency":"bradford-school-2001","sector":"EDUCATION","messageId":"%s"},
                 "type":"SCHOOL_ATTENDANCE_SUMMARY","occurredAt":"2026-10-24T15:30:00Z",
                 "subjects":[{"role":"CHILD","identifiers":[{"system":"upn","value":"%s"},{"system":"nhs-number","value":"%s"}],
                              "name":{"given":"%s","family":"%s"},"birthDate":"%s"}],
                 "summary":"%s",
                 "details":{"periodStart":"2026-09-03","periodEnd":"2026-10-24","possibleSessions":100,
                            "presentSessions":84,"authorisedAbsences":6,"unauthorisedAbsences":10}}""".formatted(
                        TestIdentifiers.messageId(),
                        child.upn(),
                        child.nhs(),
                        child.given(),
                        child.family(),
                        child.birthDate(),
                        words);
    }
}
