package org.thinkfamily.hub.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thinkfamily.hub.audit.AccessRecorder;
import org.thinkfamily.hub.projection.ProcessingGroups;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.TestIdentifiers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thinkfamily.hub.support.CanonicalEvents.domesticAbuse;
import static org.thinkfamily.hub.support.CanonicalEvents.emergencyAttendance;
import static org.thinkfamily.hub.support.CanonicalEvents.schoolAttendance;
import static org.thinkfamily.hub.support.CanonicalEvents.streetIncident;

/**
 * The hub end to end over real HTTP, run once on the embedded database and once on PostgreSQL.
 * Every test makes people of its own, so the tests share one store without meeting.
 */
abstract class HubScenarios {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    AccessRecorder accessRecorder;

    HubClient hub;

    @BeforeEach
    void connect() {
        hub = new HubClient(port);
    }

    /** The three agencies' records of one family, as the scenario has them. */
    record Family(String familyId, String childId, String childNhs, String motherNi, List<String> eventIds) {
    }

    Family pushTheScenario() {
        String childNhs = TestIdentifiers.nhsNumber();
        String motherNi = TestIdentifiers.niNumber();
        String police = accepted("police", domesticAbuse(TestIdentifiers.messageId(), "2026-11-20T22:15:00Z", motherNi, childNhs));
        String school = accepted("school", schoolAttendance(TestIdentifiers.messageId(), "2026-10-24T15:30:00Z", TestIdentifiers.upn(), childNhs));
        String hospital = accepted("nhs", emergencyAttendance(TestIdentifiers.messageId(), "2026-11-22T09:05:00Z", childNhs));
        JsonNode people = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + childNhs).json().get("people");
        assertThat(people).hasSize(1);
        assertThat(people.get(0).get("familyIds")).hasSize(1);
        return new Family(people.get(0).get("familyIds").get(0).asText(), people.get(0).get("personId").asText(),
                childNhs, motherNi, List.of(school, police, hospital));
    }

    /** On PostgreSQL too: the failed insert is rolled back to its savepoint, so the rest of the batch commits. */
    @Test
    void an_event_a_projection_cannot_handle_is_parked_and_the_projection_carries_on() {
        Family family = pushTheScenario();
        accessRecorder.record("u".repeat(300), family.familyId(), "READ_FAMILY", "a user name longer than the log holds");
        assertThat(hub.exchange("manager", "GET", "/api/v1/families/" + family.familyId(), null,
                "X-Access-Purpose", "read after the poison").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                hub.get("auditor", "/api/v1/audit/access?familyId=" + family.familyId()).json().get("entries"))
                .anySatisfy(e -> assertThat(e.get("purpose").asText()).isEqualTo("read after the poison")));
        assertThat(hub.get("manager", "/api/v1/projection-failures").json().get("failures"))
                .anySatisfy(f -> assertThat(f.get("projection").asText()).isEqualTo("access-log"));
    }

    String accepted(String agency, String event) {
        HubClient.Response response = hub.post(agency, "/api/v1/events", event);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode result = response.json().get("results").get(0);
        assertThat(result.get("status").asText()).as(response.body()).isEqualTo("ACCEPTED");
        return result.get("eventId").asText();
    }

    JsonNode timeline(String user, String familyId, String query) {
        HubClient.Response response = hub.get(user, "/api/v1/families/" + familyId + "/timeline" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    List<String> eventIdsOf(JsonNode timeline) {
        return StreamSupport.stream(timeline.get("entries").spliterator(), false).map(e -> e.get("eventId").asText()).toList();
    }

    /** The timeline projection is eventually consistent: wait until it shows what was accepted. */
    JsonNode awaitTimeline(String familyId, int entries) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> timeline("manager", familyId, ""),
                t -> t.get("entries").size() == entries);
    }

    long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    @Test
    void three_agencies_records_make_one_family_with_one_timeline_in_occurred_order() {
        Family family = pushTheScenario();
        JsonNode timeline = awaitTimeline(family.familyId(), 3);
        assertThat(eventIdsOf(timeline)).containsExactlyElementsOf(family.eventIds());
        assertThat(timeline.get("entries")).extracting(e -> e.get("type").asText())
                .containsExactly("SCHOOL_ATTENDANCE_SUMMARY", "DOMESTIC_ABUSE_INCIDENT", "EMERGENCY_ATTENDANCE");
        JsonNode first = timeline.get("entries").get(0);
        assertThat(first.get("sector").asText()).isEqualTo("EDUCATION");
        assertThat(first.get("source").get("agency").asText()).isEqualTo("bradford-school-2001");
        assertThat(first.get("personIds")).extracting(JsonNode::asText).containsExactly(family.childId());

        JsonNode view = hub.get("manager", "/api/v1/families/" + family.familyId()).json();
        assertThat(view.get("members")).extracting(m -> m.get("role").asText()).containsExactlyInAnyOrder("PARENT_CARER", "CHILD");

        JsonNode child = hub.get("manager", "/api/v1/people/" + family.childId()).json();
        assertThat(child.get("identifiers")).extracting(i -> i.get("system").asText())
                .containsExactlyInAnyOrder("nhs-number", "upn");
    }

    @Test
    void a_repeat_is_a_duplicate_and_changes_nothing() {
        String childNhs = TestIdentifiers.nhsNumber();
        String event = emergencyAttendance(TestIdentifiers.messageId(), "2026-11-22T09:05:00Z", childNhs);
        String eventId = accepted("nhs", event);
        long before = storedEvents();
        JsonNode again = hub.post("nhs", "/api/v1/events", event).json().get("results").get(0);
        assertThat(again.get("status").asText()).isEqualTo("DUPLICATE");
        assertThat(again.get("eventId").asText()).isEqualTo(eventId);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void a_wrong_nhs_check_digit_is_rejected_naming_the_field_and_nothing_is_written() {
        String good = TestIdentifiers.nhsNumber();
        String bad = good.substring(0, 9) + (char) ('0' + (good.charAt(9) - '0' + 1) % 10);
        long before = storedEvents();
        HubClient.Response response = hub.post("police", "/api/v1/events",
                domesticAbuse(TestIdentifiers.messageId(), "2026-11-20T22:15:00Z", TestIdentifiers.niNumber(), bad));
        assertThat(response.status()).isEqualTo(200);
        JsonNode result = response.json().get("results").get(0);
        assertThat(result.get("status").asText()).isEqualTo("REJECTED");
        assertThat(result.get("errors").get(0).get("field").asText()).isEqualTo("subjects[1].identifiers[0].value");
        assertThat(result.get("errors").get(0).get("message").asText()).contains("check digit").doesNotContain(bad);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void an_array_gets_one_result_per_event_in_order() {
        String nhs = TestIdentifiers.nhsNumber();
        String first = emergencyAttendance(TestIdentifiers.messageId(), "2026-11-22T09:05:00Z", nhs);
        String unreadable = first.replace("\"EMERGENCY_ATTENDANCE\"", "\"BROKEN_ARM\"").replace("MSG-", "OTHER-");
        String body = "[" + first + "," + unreadable + "," + first + "]";
        JsonNode results = hub.post("nhs", "/api/v1/events", body).json().get("results");
        assertThat(results).extracting(r -> r.get("status").asText()).containsExactly("ACCEPTED", "REJECTED", "DUPLICATE");
        assertThat(results.get(1).get("errors").get(0).get("field").asText()).isEqualTo("type");
    }

    @Test
    void bad_bodies_missing_credentials_and_other_sectors_are_refused() {
        String event = emergencyAttendance(TestIdentifiers.messageId(), "2026-11-22T09:05:00Z", TestIdentifiers.nhsNumber());
        HubClient.Response malformed = hub.post("nhs", "/api/v1/events", "{\"source\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("status").asInt()).isEqualTo(400);
        assertThat(malformed.json().get("detail").asText()).startsWith("the body is not valid JSON");
        assertThat(hub.post("nhs", "/api/v1/events", "\"text\"").status()).isEqualTo(400);
        assertThat(hub.post("nhs", "/api/v1/events", "[]").status()).isEqualTo(400);
        assertThat(hub.post(null, "/api/v1/events", event).status()).isEqualTo(401);
        assertThat(hub.getWithPassword("nhs", "wrong", "/api/v1/families/x").status()).isEqualTo(401);
        assertThat(hub.post("police", "/api/v1/events", event).status()).isEqualTo(403);
        assertThat(hub.post("lead", "/api/v1/events", event).status()).isEqualTo(403);
        assertThat(hub.get("nhs", "/api/v1/audit/access").status()).isEqualTo(403);
        assertThat(hub.get(null, "/actuator/health").json().toString()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(hub.get(null, "/actuator/prometheus").status()).isEqualTo(401);
        assertThat(hub.get(null, "/v3/api-docs").status()).isEqualTo(401);
    }

    @Test
    void every_read_of_a_family_is_recorded_for_auditors_including_refusals() {
        Family family = pushTheScenario();
        String path = "/api/v1/families/" + family.familyId();
        assertThat(hub.get("lead", path).status()).isEqualTo(403);
        assertThat(hub.get("manager", path + "/timeline").status()).isEqualTo(200);
        assertThat(hub.post("manager", path + "/lead-professional", "{\"user\":\"lead\"}").status()).isEqualTo(200);
        assertThat(hub.get("lead", path).status()).isEqualTo(200);

        JsonNode log = await().atMost(Duration.ofSeconds(30))
                .until(() -> hub.get("auditor", "/api/v1/audit/access?familyId=" + family.familyId()).json().get("entries"),
                        entries -> entries.size() >= 4);
        List<String> reads = new ArrayList<>();
        log.forEach(e -> reads.add(e.get("user").asText() + " " + e.get("action").asText()));
        assertThat(reads).containsSubsequence("lead READ_FAMILY_DENIED", "manager READ_TIMELINE", "lead READ_FAMILY");
        assertThat(log.get(0).get("at").asText()).isNotBlank();
        assertThat(log.get(0).get("familyId").asText()).isEqualTo(family.familyId());
    }

    @Test
    void the_timeline_as_at_a_moment_shows_only_what_was_recorded_by_then() throws InterruptedException {
        String childNhs = TestIdentifiers.nhsNumber();
        accepted("nhs", emergencyAttendance(TestIdentifiers.messageId(), "2026-01-01T10:00:00Z", childNhs));
        String familyId = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + childNhs).json()
                .at("/people/0/familyIds/0").asText();
        awaitTimeline(familyId, 1);
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        // occurred earlier than the first, recorded later: today's timeline has it first, the past's does not
        accepted("nhs", emergencyAttendance(TestIdentifiers.messageId(), "2025-12-01T10:00:00Z", childNhs));
        assertThat(awaitTimeline(familyId, 2).get("entries").get(0).get("occurredAt").asText()).startsWith("2025-12-01");
        JsonNode then = timeline("auditor", familyId, "?asAt=" + between);
        assertThat(then.get("entries")).hasSize(1);
        assertThat(then.get("entries").get(0).get("occurredAt").asText()).startsWith("2026-01-01");
        assertThat(hub.get("auditor", "/api/v1/families/" + familyId + "?asAt=2020-01-01T00:00:00Z").status()).isEqualTo(404);
    }

    @Test
    void an_other_party_is_linked_to_the_event_but_joins_no_family() {
        String pnc = "04/" + String.format("%07d", (int) (Math.random() * 9_000_000)) ;
        pnc = withPncCheckLetter(pnc);
        String witnessNhs = TestIdentifiers.nhsNumber();
        accepted("police", streetIncident(TestIdentifiers.messageId(), pnc, witnessNhs));
        JsonNode witness = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + witnessNhs).json().at("/people/0");
        assertThat(witness.get("familyIds")).isEmpty();
        JsonNode suspect = hub.get("manager", "/api/v1/people?identifier=pnc-id%7C" + pnc.replace("/", "%2F")).json().at("/people/0");
        assertThat(suspect.get("familyIds")).hasSize(1);
        JsonNode timeline = awaitTimeline(suspect.get("familyIds").get(0).asText(), 1);
        assertThat(timeline.at("/entries/0/personIds")).hasSize(2);
    }

    @Test
    void identifiers_that_point_at_two_people_are_never_merged() {
        String nhsA = TestIdentifiers.nhsNumber();
        String upnB = TestIdentifiers.upn();
        accepted("nhs", emergencyAttendance(TestIdentifiers.messageId(), "2026-11-01T10:00:00Z", nhsA));
        accepted("school", schoolAttendance(TestIdentifiers.messageId(), "2026-11-02T10:00:00Z", upnB, TestIdentifiers.nhsNumber()));
        String personA = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + nhsA).json().at("/people/0/personId").asText();
        String personB = hub.get("manager", "/api/v1/people?identifier=upn%7C" + upnB).json().at("/people/0/personId").asText();
        assertThat(personA).isNotEqualTo(personB);

        // a school record naming the child by B's UPN and A's NHS number: kept, attached to A (NHS first), conflict recorded
        accepted("school", schoolAttendance(TestIdentifiers.messageId(), "2026-11-03T10:00:00Z", upnB, nhsA));
        assertThat(hub.get("manager", "/api/v1/people?identifier=upn%7C" + upnB).json().at("/people/0/personId").asText())
                .isEqualTo(personB);
        assertThat(jdbc.queryForList("select other_person_id from identity_conflict where person_id = ?", String.class, personA))
                .containsExactly(personB);
    }

    /** A family name of this test's own, so other tests' people are never candidates. */
    static String familyName() {
        StringBuilder name = new StringBuilder("Q");
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    static String namedChild(String agency, String sector, String type, String identifiers, String given, String family,
                             String birthDate, String details) {
        return """
                {"source":{"agency":"%s","sector":"%s","messageId":"%s"},"type":"%s","occurredAt":"2026-11-20T10:00:00Z",
                 "subjects":[{"role":"CHILD","identifiers":[%s],"name":{"given":"%s","family":"%s"},"birthDate":"%s",
                              "address":{"postcode":"BD7 1DP"}}],
                 "details":%s}""".formatted(agency, sector, TestIdentifiers.messageId(), type, identifiers, given, family, birthDate, details);
    }

    @Test
    void a_child_named_by_the_police_known_to_school_by_upn_and_to_hospital_by_nhs_number_is_one_person() {
        String family = familyName();
        String upn = TestIdentifiers.upn();
        String nhs = TestIdentifiers.nhsNumber();
        accepted("police", namedChild("west-yorkshire-police", "POLICE", "DOMESTIC_ABUSE_INCIDENT", "", "Katherine", family,
                "2014-06-09", "{\"policeReference\":\"13/1/26\",\"childPresent\":true}"));
        accepted("school", namedChild("school-3802001", "EDUCATION", "SUSPENSION", "{\"system\":\"upn\",\"value\":\"" + upn + "\"}",
                "Katherine", family, "2014-06-09",
                "{\"category\":\"SUSP\",\"reasons\":[\"PP\"],\"startDate\":\"2026-11-10\",\"sessions\":2}"));
        accepted("nhs", namedChild("bradford-teaching-hospitals", "HEALTH", "EMERGENCY_ATTENDANCE",
                "{\"system\":\"nhs-number\",\"value\":\"" + nhs + "\"},"
                        + "{\"system\":\"local:bradford-teaching-hospitals\",\"value\":\"RAE" + nhs + "\"}", "Kate", family, "2014-06-09",
                "{\"site\":\"BRI\",\"arrivedAt\":\"2026-11-20T10:00:00Z\"}"));
        JsonNode byUpn = hub.get("manager", "/api/v1/people?identifier=upn%7C" + upn).json().at("/people/0");
        JsonNode byNhs = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + nhs).json().at("/people/0");
        assertThat(byNhs.get("personId").asText()).isEqualTo(byUpn.get("personId").asText());
        assertThat(byNhs.get("familyIds")).hasSize(1);
        JsonNode person = hub.get("manager", "/api/v1/people/" + byNhs.get("personId").asText()).json();
        assertThat(person.get("recordPersonIds")).as("the police's, the school's and the hospital's records").hasSize(3);
        assertThat(person.get("identifiers")).extracting(id -> id.get("system").asText()).contains("upn", "nhs-number");
        JsonNode history = person.get("matchHistory");
        List<String> decisions = new ArrayList<>();
        history.forEach(d -> decisions.add(d.get("decision").asText()));
        assertThat(decisions).containsSubsequence("REGISTERED", "REGISTERED", "LINKED:MATCHED_ON_DETAILS",
                "REGISTERED", "LINKED:MATCHED_ON_DETAILS");
        JsonNode link = history.get(decisions.indexOf("LINKED:MATCHED_ON_DETAILS"));
        assertThat(link.get("score").asDouble()).isGreaterThanOrEqualTo(18);
        assertThat(link.get("otherPersonId").asText()).isEqualTo(byNhs.get("personId").asText());
        assertThat(link.get("evidence").asText()).contains("birthDate AGREE 8.0").doesNotContain("2014");
        awaitTimeline(byNhs.get("familyIds").get(0).asText(), 3);
    }

    @Test
    void twins_with_one_birth_date_and_surname_are_two_people_and_the_pair_is_queued_for_review() {
        String family = familyName();
        String uprn = TestIdentifiers.uprn(); // one home, too
        String incident = """
                {"source":{"agency":"west-yorkshire-police","sector":"POLICE","messageId":"%s"},"type":"DOMESTIC_ABUSE_INCIDENT",
                 "occurredAt":"2026-11-20T10:00:00Z","subjects":[
                   {"role":"CHILD","name":{"given":"Amy","family":"%s"},"birthDate":"2016-05-05","address":{"postcode":"BD7 1DP","uprn":"%s"}},
                   {"role":"CHILD","name":{"given":"Ava","family":"%s"},"birthDate":"2016-05-05","address":{"postcode":"BD7 1DP","uprn":"%s"}}],
                 "details":{"policeReference":"13/2/26","childPresent":true}}""".formatted(TestIdentifiers.messageId(), family, uprn, family, uprn);
        accepted("police", incident);
        List<String> twins = jdbc.queryForList("select person_id from person_directory where family_name = ?", String.class, family);
        assertThat(twins).hasSize(2);
        JsonNode pairs = hub.get("manager", "/api/v1/identity/review").json().get("pairs");
        assertThat(pairs).anySatisfy(pair -> {
            assertThat(pair.get("personIds")).extracting(JsonNode::asText).containsExactlyInAnyOrderElementsOf(twins);
            assertThat(pair.get("evidence").asText()).contains("givenName DISAGREE").doesNotContain("Amy");
        });
        assertThat(hub.get("lead", "/api/v1/identity/review").status()).isEqualTo(403);
    }

    /** A child the hospital knows by NHS number and the school by UPN, named so that matching only queues the pair. */
    record TwoRecords(String personA, String familyA, String personB, String familyB, String upn, String pairId) {
    }

    TwoRecords twoRecordsMatchingCannotDecide() {
        String family = familyName();
        String nhs = TestIdentifiers.nhsNumber();
        String upn = TestIdentifiers.upn();
        accepted("nhs", namedChild("bradford-teaching-hospitals", "HEALTH", "EMERGENCY_ATTENDANCE",
                "{\"system\":\"nhs-number\",\"value\":\"" + nhs + "\"}", "Ella", family, "2015-01-21",
                "{\"site\":\"BRI\",\"arrivedAt\":\"2026-11-20T10:00:00Z\"}"));
        accepted("school", namedChild("school-3802001", "EDUCATION", "SUSPENSION", "{\"system\":\"upn\",\"value\":\"" + upn + "\"}",
                "Grace", family, "2015-01-21", "{\"category\":\"SUSP\",\"reasons\":[\"PP\"],\"startDate\":\"2026-11-10\",\"sessions\":2}"));
        JsonNode a = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + nhs).json().at("/people/0");
        JsonNode b = hub.get("manager", "/api/v1/people?identifier=upn%7C" + upn).json().at("/people/0");
        assertThat(a.get("personId").asText()).isNotEqualTo(b.get("personId").asText());
        String pairId = StreamSupport.stream(hub.get("manager", "/api/v1/identity/review").json().get("pairs").spliterator(), false)
                .filter(p -> p.get("personIds").toString().contains(a.get("personId").asText()))
                .map(p -> p.get("pairId").asText()).findFirst().orElseThrow();
        return new TwoRecords(a.get("personId").asText(), a.at("/familyIds/0").asText(), b.get("personId").asText(),
                b.at("/familyIds/0").asText(), upn, pairId);
    }

    /** What a lead professional would see of the two: timelines, family members, the people. */
    List<JsonNode> viewsOf(TwoRecords two) {
        return List.of(timeline("manager", two.familyA(), "").get("entries"), timeline("manager", two.familyB(), "").get("entries"),
                hub.get("manager", "/api/v1/families/" + two.familyA()).json().get("members"),
                hub.get("manager", "/api/v1/families/" + two.familyB()).json().get("members"),
                personView(two.personA()), personView(two.personB()));
    }

    JsonNode personView(String personId) {
        JsonNode person = hub.get("manager", "/api/v1/people/" + personId).json();
        return JsonNodeFactory.instance.objectNode().put("personId", person.get("personId").asText())
                .set("identifiers", person.get("identifiers"));
    }

    @Test
    void a_manager_links_two_people_and_an_unlink_restores_both_histories_exactly() {
        TwoRecords two = twoRecordsMatchingCannotDecide();
        awaitTimeline(two.familyA(), 1);
        awaitTimeline(two.familyB(), 1);
        List<JsonNode> before = viewsOf(two);

        assertThat(hub.post("lead", "/api/v1/people/" + two.personA() + "/links", "{\"personId\":\"" + two.personB() + "\"}").status())
                .isEqualTo(403);
        HubClient.Response linked = hub.post("manager", "/api/v1/people/" + two.personA() + "/links",
                "{\"personId\":\"" + two.personB() + "\"}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        assertThat(linked.json().get("recordPersonIds")).extracting(JsonNode::asText).containsExactly(two.personA(), two.personB());
        assertThat(hub.get("manager", "/api/v1/people/" + two.personB()).json().get("personId").asText()).isEqualTo(two.personA());
        assertThat(hub.get("manager", "/api/v1/families/" + two.familyB()).json().at("/members/0/personId").asText())
                .isEqualTo(two.personA());
        JsonNode together = awaitTimeline(two.familyA(), 2);
        assertThat(together.get("entries")).allSatisfy(e -> assertThat(e.get("personIds")).extracting(JsonNode::asText)
                .containsExactly(two.personA()));
        HubClient.Response again = hub.post("manager", "/api/v1/people/" + two.personB() + "/links", "{\"personId\":\"" + two.personA() + "\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("already one person");

        // while linked, the school sends another record by UPN: it is the school's child, so it leaves with them
        String later = accepted("school", namedChild("school-3802001", "EDUCATION", "SUSPENSION",
                "{\"system\":\"upn\",\"value\":\"" + two.upn() + "\"}", "Grace", "Unrelated", "2015-01-21",
                "{\"category\":\"SUSP\",\"reasons\":[\"PP\"],\"startDate\":\"2026-11-12\",\"sessions\":1}"));
        awaitTimeline(two.familyA(), 3);

        HubClient.Response unlinked = hub.delete("manager", "/api/v1/people/" + two.personA() + "/links/" + two.personB());
        assertThat(unlinked.status()).as(unlinked.body()).isEqualTo(200);
        assertThat(unlinked.json().get("personId").asText()).isEqualTo(two.personB());
        awaitTimeline(two.familyA(), 1);
        JsonNode familyB = awaitTimeline(two.familyB(), 2);
        assertThat(eventIdsOf(familyB)).contains(later);
        List<JsonNode> after = viewsOf(two);
        assertThat(after.get(0)).as("the hospital's family timeline").isEqualTo(before.get(0));
        assertThat(after.subList(2, 6)).as("members and people").isEqualTo(before.subList(2, 6));
        JsonNode withoutLater = JsonNodeFactory.instance.arrayNode().addAll(StreamSupport.stream(after.get(1).spliterator(), false)
                .filter(e -> !e.get("eventId").asText().equals(later)).toList());
        assertThat(withoutLater).as("the school's family timeline, but for the record sent while linked").isEqualTo(before.get(1));
        assertThat(hub.delete("manager", "/api/v1/people/" + two.personA() + "/links/" + two.personB()).status()).isEqualTo(409);
        JsonNode history = hub.get("manager", "/api/v1/people/" + two.personB()).json().get("matchHistory");
        assertThat(history).extracting(d -> d.get("decision").asText()).contains("LINKED:MANAGER_DECISION", "UNLINKED");
    }

    @Test
    void a_manager_confirms_one_queued_pair_and_rejects_another_each_once() {
        TwoRecords confirmed = twoRecordsMatchingCannotDecide();
        TwoRecords rejected = twoRecordsMatchingCannotDecide();
        assertThat(hub.post("lead", "/api/v1/identity/review/" + confirmed.pairId() + "/confirm", "").status()).isEqualTo(403);

        HubClient.Response confirm = hub.post("manager", "/api/v1/identity/review/" + confirmed.pairId() + "/confirm", "");
        assertThat(confirm.status()).as(confirm.body()).isEqualTo(200);
        assertThat(confirm.json().get("status").asText()).isEqualTo("CONFIRMED");
        String person = confirm.json().get("personId").asText();
        assertThat(List.of(confirmed.personA(), confirmed.personB())).contains(person);
        assertThat(hub.get("manager", "/api/v1/people/" + confirmed.personA()).json().get("personId").asText()).isEqualTo(person);
        assertThat(hub.get("manager", "/api/v1/people/" + confirmed.personB()).json().get("personId").asText()).isEqualTo(person);
        JsonNode link = StreamSupport.stream(hub.get("manager", "/api/v1/people/" + person).json().get("matchHistory").spliterator(), false)
                .filter(d -> d.get("decision").asText().equals("LINKED:REVIEW_CONFIRMED")).findFirst().orElseThrow();
        assertThat(link.get("score").asDouble()).isBetween(10.0, 18.0);

        HubClient.Response reject = hub.post("manager", "/api/v1/identity/review/" + rejected.pairId() + "/reject", "");
        assertThat(reject.status()).as(reject.body()).isEqualTo(200);
        assertThat(hub.get("manager", "/api/v1/people/" + rejected.personA()).json().get("personId").asText()).isEqualTo(rejected.personA());
        assertThat(hub.get("manager", "/api/v1/people/" + rejected.personB()).json().get("personId").asText()).isEqualTo(rejected.personB());

        JsonNode open = hub.get("manager", "/api/v1/identity/review").json().get("pairs");
        assertThat(open).extracting(p -> p.get("pairId").asText()).doesNotContain(confirmed.pairId(), rejected.pairId());
        HubClient.Response twice = hub.post("manager", "/api/v1/identity/review/" + rejected.pairId() + "/confirm", "");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asText()).contains("already REJECTED");
        assertThat(hub.post("manager", "/api/v1/identity/review/no-such-pair/reject", "").status()).isEqualTo(404);
    }

    @Test
    void people_holding_different_nhs_numbers_are_never_linked_even_by_a_manager() {
        String nhsA = TestIdentifiers.nhsNumber();
        String nhsB = TestIdentifiers.nhsNumber();
        accepted("nhs", emergencyAttendance(TestIdentifiers.messageId(), "2026-11-01T10:00:00Z", nhsA));
        accepted("nhs", emergencyAttendance(TestIdentifiers.messageId(), "2026-11-02T10:00:00Z", nhsB));
        String personA = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + nhsA).json().at("/people/0/personId").asText();
        String personB = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + nhsB).json().at("/people/0/personId").asText();
        HubClient.Response refused = hub.post("manager", "/api/v1/people/" + personA + "/links", "{\"personId\":\"" + personB + "\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("nhs-number").doesNotContain(nhsA).doesNotContain(nhsB);
        assertThat(hub.get("manager", "/api/v1/people/" + personB).json().get("personId").asText()).isEqualTo(personB);
        assertThat(hub.post("manager", "/api/v1/people/" + personA + "/links", "{\"personId\":\"nobody\"}").status()).isEqualTo(404);
    }

    static List<String> reasonsOf(JsonNode family, String personId) {
        List<String> reasons = new ArrayList<>();
        family.get("members").forEach(m -> {
            if (m.get("personId").asText().equals(personId)) {
                m.get("reasons").forEach(r -> reasons.add(r.get("basis").asText() + " " + r.path("sourceEventId").asText("")));
            }
        });
        return reasons;
    }

    @Test
    void a_family_shows_why_each_member_is_there_recorded_relationships_and_the_same_property_included() {
        Family family = pushTheScenario();
        String police = family.eventIds().get(1); // the first pushed: it named mother and child together; the others the child alone
        JsonNode view = hub.get("manager", "/api/v1/families/" + family.familyId()).json();
        assertThat(reasonsOf(view, family.childId())).containsExactly("NAMED_TOGETHER " + police);

        String relationship = accepted("nhs", """
                {"source":{"agency":"bradford-teaching-hospitals","sector":"HEALTH","messageId":"%s"},"type":"FAMILY_RELATIONSHIP_RECORDED",
                 "occurredAt":"2026-11-21T10:00:00Z","subjects":[
                   {"role":"CHILD","identifiers":[{"system":"nhs-number","value":"%s"}]},
                   {"role":"PARENT_CARER","name":{"given":"Omar","family":"%s"},"birthDate":"1988-02-03"}],
                 "details":{"relationship":"FTH"}}""".formatted(TestIdentifiers.messageId(), family.childNhs(), familyName()));
        view = hub.get("manager", "/api/v1/families/" + family.familyId()).json();
        assertThat(view.get("members")).hasSize(3);
        String father = StreamSupport.stream(view.get("members").spliterator(), false)
                .map(m -> m.get("personId").asText()).filter(id -> reasonsOf(hub.get("manager", "/api/v1/families/" + family.familyId()).json(), id)
                        .equals(List.of("RELATIONSHIP_RECORDED " + relationship))).findFirst().orElseThrow();
        assertThat(reasonsOf(view, family.childId())).endsWith("RELATIONSHIP_RECORDED " + relationship);
        assertThat(father).isNotEqualTo(family.childId());

        // a baby the hospital registers at a property where a family lives joins that family
        String uprn = TestIdentifiers.uprn();
        String surname = familyName();
        String first = accepted("nhs", """
                {"source":{"agency":"bradford-teaching-hospitals","sector":"HEALTH","messageId":"%s"},"type":"EMERGENCY_ATTENDANCE",
                 "occurredAt":"2026-11-20T10:00:00Z","subjects":[{"role":"CHILD","identifiers":[{"system":"nhs-number","value":"%s"}],
                   "name":{"given":"Ruby","family":"%s"},"birthDate":"2019-04-05","address":{"uprn":"%s","postcode":"BD5 0AA"}}],
                 "details":{"site":"BRI","arrivedAt":"2026-11-20T10:00:00Z"}}""".formatted(TestIdentifiers.messageId(),
                TestIdentifiers.nhsNumber(), surname, uprn));
        String babyNhs = TestIdentifiers.nhsNumber();
        String second = accepted("nhs", """
                {"source":{"agency":"bradford-teaching-hospitals","sector":"HEALTH","messageId":"%s"},"type":"EMERGENCY_ATTENDANCE",
                 "occurredAt":"2026-11-22T10:00:00Z","subjects":[{"role":"CHILD","identifiers":[{"system":"nhs-number","value":"%s"}],
                   "name":{"given":"Theo","family":"%s"},"birthDate":"2026-09-01","address":{"uprn":"%s","postcode":"BD5 0AA"}}],
                 "details":{"site":"BRI","arrivedAt":"2026-11-22T10:00:00Z"}}""".formatted(TestIdentifiers.messageId(), babyNhs, surname, uprn));
        JsonNode baby = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + babyNhs).json().at("/people/0");
        JsonNode home = hub.get("manager", "/api/v1/families/" + baby.at("/familyIds/0").asText()).json();
        assertThat(home.get("members")).hasSize(2);
        assertThat(reasonsOf(home, baby.get("personId").asText())).containsExactly("SAME_ADDRESS " + second);
        assertThat(eventIdsOf(awaitTimeline(home.get("familyId").asText(), 2))).containsExactly(first, second);
    }

    @Test
    void a_manager_ends_moves_and_merges_memberships_and_later_records_do_not_undo_it() {
        Family one = pushTheScenario();
        Family two = pushTheScenario();
        awaitTimeline(one.familyId(), 3);
        String motherOfOne = hub.get("manager", "/api/v1/people?identifier=ni-number%7C" + one.motherNi()).json().at("/people/0/personId").asText();

        // the child goes to live with a relative
        assertThat(hub.delete("lead", "/api/v1/families/" + one.familyId() + "/members/" + one.childId()).status()).isEqualTo(403);
        HubClient.Response ended = hub.delete("manager", "/api/v1/families/" + one.familyId() + "/members/" + one.childId());
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.json().get("members")).extracting(m -> m.get("personId").asText()).containsExactly(motherOfOne);
        assertThat(hub.delete("manager", "/api/v1/families/" + one.familyId() + "/members/" + one.childId()).status()).isEqualTo(409);
        // the police name mother and child together again: the child is not put back, the incident is on the mother's family timeline
        String later = accepted("police", domesticAbuse(TestIdentifiers.messageId(), Instant.now().toString(), one.motherNi(), one.childNhs()));
        assertThat(hub.get("manager", "/api/v1/families/" + one.familyId()).json().get("members")).hasSize(1);
        assertThat(eventIdsOf(awaitTimeline(one.familyId(), 4))).containsAll(one.eventIds()).contains(later);

        // the mother moves to the other family's household
        HubClient.Response moved = hub.post("manager", "/api/v1/families/" + two.familyId() + "/members",
                "{\"personId\":\"" + motherOfOne + "\",\"role\":\"PARENT_CARER\",\"fromFamilyId\":\"" + one.familyId() + "\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(201);
        assertThat(moved.json().get("members")).hasSize(3);
        assertThat(reasonsOf(moved.json(), motherOfOne)).containsExactly("MANAGER_DECISION ");
        assertThat(hub.get("manager", "/api/v1/families/" + one.familyId()).json().get("members")).isEmpty();

        // the child's family and the other are one household
        HubClient.Response merged = hub.post("manager", "/api/v1/families/" + two.familyId() + "/merge",
                "{\"familyId\":\"" + one.familyId() + "\"}");
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        JsonNode closed = hub.get("manager", "/api/v1/families/" + one.familyId()).json();
        assertThat(closed.get("mergedInto").asText()).isEqualTo(two.familyId());
        assertThat(hub.post("manager", "/api/v1/families/" + two.familyId() + "/merge", "{\"familyId\":\"" + one.familyId() + "\"}").status())
                .isEqualTo(409);
        String afterMerge = accepted("police", domesticAbuse(TestIdentifiers.messageId(), Instant.now().toString(), one.motherNi(), one.childNhs()));
        assertThat(hub.get("manager", "/api/v1/people/" + one.childId()).json().get("familyIds")).extracting(JsonNode::asText)
                .doesNotContain(one.familyId());
        // named with her mother, who lives in the other family now, the child joins her there: 3 + 3 + 2 events
        assertThat(eventIdsOf(awaitTimeline(two.familyId(), 8))).contains(later, afterMerge);
    }

    @Test
    void broken_manager_decisions_are_refused_with_a_reason_and_change_nothing() {
        Family family = pushTheScenario();
        long before = storedEvents();
        String people = "/api/v1/people/" + family.childId() + "/links";
        String members = "/api/v1/families/" + family.familyId() + "/members";
        assertThat(hub.post("manager", people, "{}").status()).as("no personId").isEqualTo(400);
        assertThat(hub.post("manager", people, "{\"personId\":").status()).as("truncated body").isEqualTo(400);
        HubClient.Response self = hub.post("manager", people, "{\"personId\":\"" + family.childId() + "\"}");
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.json().get("detail").asText()).contains("already one person");
        HubClient.Response otherParty = hub.post("manager", members,
                "{\"personId\":\"" + family.childId() + "\",\"role\":\"OTHER_PARTY\"}");
        assertThat(otherParty.status()).isEqualTo(400);
        assertThat(otherParty.json().get("detail").asText()).contains("household role");
        assertThat(hub.post("manager", members, "{\"personId\":\"" + family.childId() + "\",\"role\":\"COUSIN\"}").status())
                .as("no such role").isEqualTo(400);
        assertThat(hub.post("manager", members, "{\"personId\":\"" + family.childId() + "\",\"role\":\"CHILD\"}").status())
                .as("a member already").isEqualTo(409);
        assertThat(hub.post("manager", "/api/v1/families/" + family.familyId() + "/merge",
                "{\"familyId\":\"" + family.familyId() + "\"}").status()).as("into itself").isEqualTo(400);
        assertThat(hub.post("manager", "/api/v1/families/no-such-family/merge",
                "{\"familyId\":\"" + family.familyId() + "\"}").status()).isEqualTo(404);
        assertThat(hub.delete("manager", "/api/v1/families/" + family.familyId() + "/members/nobody").status()).isEqualTo(409);
        assertThat(storedEvents()).as("nothing half-applied").isEqualTo(before);
    }

    @Test
    void concurrent_records_about_one_new_person_make_one_person() throws Exception {
        String nhs = TestIdentifiers.nhsNumber();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> pushes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String event = emergencyAttendance(TestIdentifiers.messageId(), "2026-11-0" + (i + 1) + "T10:00:00Z", nhs);
                pushes.add(() -> hub.post("nhs", "/api/v1/events", event).json().at("/results/0/status").asText());
            }
            List<String> statuses = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(pushes)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly("ACCEPTED");
            // the same message from six threads at once: recorded once
            String same = emergencyAttendance(TestIdentifiers.messageId(), "2026-11-10T10:00:00Z", nhs);
            List<Callable<String>> repeats = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                repeats.add(() -> hub.post("nhs", "/api/v1/events", same).json().at("/results/0/status").asText());
            }
            List<String> repeated = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(repeats)) {
                repeated.add(f.get());
            }
            assertThat(repeated).containsOnlyOnce("ACCEPTED").containsOnly("ACCEPTED", "DUPLICATE");
        } finally {
            pool.shutdownNow();
        }
        JsonNode people = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + nhs).json().get("people");
        assertThat(people).hasSize(1);
        assertThat(people.get(0).get("familyIds")).hasSize(1);
        awaitTimeline(people.get(0).get("familyIds").get(0).asText(), 7);
    }

    @Test
    void restricted_records_show_their_existence_but_not_their_content_to_users_not_cleared() {
        String nhs = TestIdentifiers.nhsNumber();
        accepted("nhs", emergencyAttendance(TestIdentifiers.messageId(), "2026-11-22T09:05:00Z", nhs, "RESTRICTED"));
        String familyId = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + nhs).json().at("/people/0/familyIds/0").asText();
        assertThat(awaitTimeline(familyId, 1).at("/entries/0/summary").asText()).isNotBlank();
        hub.post("manager", "/api/v1/families/" + familyId + "/lead-professional", "{\"user\":\"lead\"}");
        JsonNode asLead = timeline("lead", familyId, "");
        assertThat(asLead.at("/entries/0/sensitivity").asText()).isEqualTo("RESTRICTED");
        assertThat(asLead.at("/entries/0").has("summary")).isFalse();
    }

    @Test
    void rebuilding_the_timeline_from_the_store_gives_the_same_projection() {
        Family family = pushTheScenario();
        awaitTimeline(family.familyId(), 3);
        awaitCaughtUp();
        Map<String, List<Map<String, Object>>> before = timelineTables();

        PooledStreamingEventProcessor timeline = processing
                .eventProcessor(ProcessingGroups.TIMELINE, PooledStreamingEventProcessor.class).orElseThrow();
        timeline.shutDown();
        timeline.resetTokens();
        assertThat(jdbc.queryForObject("select count(*) from timeline_entry", Long.class)).isZero();
        timeline.start();
        awaitCaughtUp();
        assertThat(timelineTables()).isEqualTo(before);
    }

    /** Every segment of the timeline has handled every event stored so far. */
    void awaitCaughtUp() {
        PooledStreamingEventProcessor timeline = processing
                .eventProcessor(ProcessingGroups.TIMELINE, PooledStreamingEventProcessor.class).orElseThrow();
        long head = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> timeline.processingStatus().size() == 2
                && timeline.processingStatus().values().stream().allMatch(s -> !s.isErrorState()
                && s.getCurrentPosition().orElse(-1) >= head));
    }

    private Map<String, List<Map<String, Object>>> timelineTables() {
        return Map.of(
                "timeline_entry", jdbc.queryForList("select * from timeline_entry order by event_id"),
                "timeline_entry_person", jdbc.queryForList("select * from timeline_entry_person order by event_id, person_id"),
                "timeline_member", jdbc.queryForList("select family_id, person_id from timeline_member order by family_id, person_id"));
    }

    static String withPncCheckLetter(String yearAndSerial) {
        String[] parts = yearAndSerial.split("/");
        long number = Long.parseLong(parts[0].substring(parts[0].length() - 2) + parts[1]);
        return yearAndSerial + "ZABCDEFGHJKLMNPQRTUVWXY".charAt((int) (number % 23));
    }
}
