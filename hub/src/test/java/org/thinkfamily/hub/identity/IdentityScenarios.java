package org.thinkfamily.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thinkfamily.hub.support.CanonicalEvents.emergencyAttendance;
import static org.thinkfamily.hub.support.CanonicalEvents.schoolAttendance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.thinkfamily.hub.support.AgencyScenarios;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.TestIdentifiers;

/**
 * Who records are about, over HTTP on the running hub: strong identifiers, matching on details, review pairs, links
 * and unlinks by managers, concurrent records. Run on the embedded database and on PostgreSQL.
 */
abstract class IdentityScenarios extends AgencyScenarios {

    @Test
    void identifiers_that_point_at_two_people_are_never_merged() {
        String nhsA = TestIdentifiers.nhsNumber();
        String upnB = TestIdentifiers.upn();
        accepted("nhs", emergencyAttendance(TestIdentifiers.messageId(), "2026-11-01T10:00:00Z", nhsA));
        accepted(
                "school",
                schoolAttendance(
                        TestIdentifiers.messageId(), "2026-11-02T10:00:00Z", upnB, TestIdentifiers.nhsNumber()));
        String personA = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + nhsA)
                .json()
                .at("/people/0/personId")
                .asText();
        String personB = hub.get("manager", "/api/v1/people?identifier=upn%7C" + upnB)
                .json()
                .at("/people/0/personId")
                .asText();
        assertThat(personA).isNotEqualTo(personB);

        // a school record naming the child by B's UPN and A's NHS number: kept, attached to A (NHS first), conflict
        // recorded
        accepted("school", schoolAttendance(TestIdentifiers.messageId(), "2026-11-03T10:00:00Z", upnB, nhsA));
        assertThat(hub.get("manager", "/api/v1/people?identifier=upn%7C" + upnB).text("/people/0/personId"))
                .isEqualTo(personB);
        assertThat(jdbc.queryForList(
                        "select other_person_id from identity_conflict where person_id = ?", String.class, personA))
                .containsExactly(personB);
    }

    @Test
    void a_child_named_by_the_police_known_to_school_by_upn_and_to_hospital_by_nhs_number_is_one_person() {
        String family = familyName();
        String upn = TestIdentifiers.upn();
        String nhs = TestIdentifiers.nhsNumber();
        accepted(
                "police",
                namedChild(
                        "west-yorkshire-police",
                        "POLICE",
                        "DOMESTIC_ABUSE_INCIDENT",
                        "",
                        "Katherine",
                        family,
                        "2014-06-09",
                        "{\"policeReference\":\"13/1/26\",\"childPresent\":true}"));
        accepted(
                "school",
                namedChild(
                        "school-3802001",
                        "EDUCATION",
                        "SUSPENSION",
                        "{\"system\":\"upn\",\"value\":\"" + upn + "\"}",
                        "Katherine",
                        family,
                        "2014-06-09",
                        "{\"category\":\"SUSP\",\"reasons\":[\"PP\"],\"startDate\":\"2026-11-10\",\"sessions\":2}"));
        accepted(
                "nhs",
                namedChild(
                        "bradford-teaching-hospitals",
                        "HEALTH",
                        "EMERGENCY_ATTENDANCE",
                        "{\"system\":\"nhs-number\",\"value\":\"" + nhs + "\"},"
                                + "{\"system\":\"local:bradford-teaching-hospitals\",\"value\":\"RAE" + nhs + "\"}",
                        "Kate",
                        family,
                        "2014-06-09",
                        "{\"site\":\"BRI\",\"arrivedAt\":\"2026-11-20T10:00:00Z\"}"));
        JsonNode byUpn = hub.get("manager", "/api/v1/people?identifier=upn%7C" + upn)
                .json()
                .at("/people/0");
        JsonNode byNhs = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + nhs)
                .json()
                .at("/people/0");
        assertThat(byNhs.get("personId").asText())
                .isEqualTo(byUpn.get("personId").asText());
        assertThat(byNhs.get("familyIds")).hasSize(1);
        JsonNode person = hub.get(
                        "manager", "/api/v1/people/" + byNhs.get("personId").asText())
                .json();
        assertThat(person.get("recordPersonIds"))
                .as("the police's, the school's and the hospital's records")
                .hasSize(3);
        assertThat(person.get("identifiers"))
                .extracting(id -> id.get("system").asText())
                .contains("upn", "nhs-number");
        JsonNode history = person.get("matchHistory");
        List<String> decisions = new ArrayList<>();
        history.forEach(d -> decisions.add(d.get("decision").asText()));
        assertThat(decisions)
                .containsSubsequence(
                        "REGISTERED",
                        "REGISTERED",
                        "LINKED:MATCHED_ON_DETAILS",
                        "REGISTERED",
                        "LINKED:MATCHED_ON_DETAILS");
        JsonNode link = history.get(decisions.indexOf("LINKED:MATCHED_ON_DETAILS"));
        assertThat(link.get("score").asDouble()).isGreaterThanOrEqualTo(18);
        assertThat(link.get("otherPersonId").asText())
                .isEqualTo(byNhs.get("personId").asText());
        assertThat(link.get("evidence").asText())
                .contains("birthDate AGREE 8.0")
                .doesNotContain("2014");
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
        List<String> twins =
                jdbc.queryForList("select person_id from person_directory where family_name = ?", String.class, family);
        assertThat(twins).hasSize(2);
        JsonNode pairs = hub.get("manager", "/api/v1/identity/review").json().get("pairs");
        assertThat(pairs).anySatisfy(pair -> {
            assertThat(pair.get("personIds")).extracting(JsonNode::asText).containsExactlyInAnyOrderElementsOf(twins);
            assertThat(pair.get("evidence").asText())
                    .contains("givenName DISAGREE")
                    .doesNotContain("Amy");
        });
        assertThat(hub.get("lead", "/api/v1/identity/review").status()).isEqualTo(403);
    }

    /** A child the hospital knows by NHS number and the school by UPN, named so that matching only queues the pair. */
    record TwoRecords(String personA, String familyA, String personB, String familyB, String upn, String pairId) {}

    TwoRecords twoRecordsMatchingCannotDecide() {
        String family = familyName();
        String nhs = TestIdentifiers.nhsNumber();
        String upn = TestIdentifiers.upn();
        accepted("nhs", hospitalRecordOfChild(family, nhs));
        accepted("school", schoolRecordOfSameChild(family, upn));
        JsonNode a = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + nhs)
                .json()
                .at("/people/0");
        JsonNode b = hub.get("manager", "/api/v1/people?identifier=upn%7C" + upn)
                .json()
                .at("/people/0");
        assertThat(a.get("personId").asText()).isNotEqualTo(b.get("personId").asText());
        String pairId = StreamSupport.stream(
                        hub.get("manager", "/api/v1/identity/review")
                                .json()
                                .get("pairs")
                                .spliterator(),
                        false)
                .filter(p ->
                        p.get("personIds").toString().contains(a.get("personId").asText()))
                .map(p -> p.get("pairId").asText())
                .findFirst()
                .orElseThrow();
        return new TwoRecords(
                a.get("personId").asText(),
                a.at("/familyIds/0").asText(),
                b.get("personId").asText(),
                b.at("/familyIds/0").asText(),
                upn,
                pairId);
    }

    /** What a lead professional would see of the two: timelines, family members, the people. */
    List<JsonNode> viewsOf(TwoRecords two) {
        return List.of(
                timeline("manager", two.familyA(), "").get("entries"),
                timeline("manager", two.familyB(), "").get("entries"),
                hub.get("manager", "/api/v1/families/" + two.familyA()).json().get("members"),
                hub.get("manager", "/api/v1/families/" + two.familyB()).json().get("members"),
                personView(two.personA()),
                personView(two.personB()));
    }

    JsonNode personView(String personId) {
        JsonNode person = hub.get("manager", "/api/v1/people/" + personId).json();
        return JsonNodeFactory.instance
                .objectNode()
                .put("personId", person.get("personId").asText())
                .set("identifiers", person.get("identifiers"));
    }

    @Test
    void a_manager_links_two_people_and_an_unlink_restores_both_histories_exactly() {
        TwoRecords two = twoRecordsMatchingCannotDecide();
        awaitTimeline(two.familyA(), 1);
        awaitTimeline(two.familyB(), 1);
        List<JsonNode> before = viewsOf(two);

        assertThat(hub.post(
                                "lead",
                                "/api/v1/people/" + two.personA() + "/links",
                                "{\"personId\":\"" + two.personB() + "\"}")
                        .status())
                .isEqualTo(403);
        HubClient.Response linked = hub.post(
                "manager", "/api/v1/people/" + two.personA() + "/links", "{\"personId\":\"" + two.personB() + "\"}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        assertThat(linked.json().get("recordPersonIds"))
                .extracting(JsonNode::asText)
                .containsExactly(two.personA(), two.personB());
        assertThat(hub.get("manager", "/api/v1/people/" + two.personB()).text("/personId"))
                .isEqualTo(two.personA());
        assertThat(hub.get("manager", "/api/v1/families/" + two.familyB()).text("/members/0/personId"))
                .isEqualTo(two.personA());
        JsonNode together = awaitTimeline(two.familyA(), 2);
        assertThat(together.get("entries"))
                .allSatisfy(e -> assertThat(e.get("personIds"))
                        .extracting(JsonNode::asText)
                        .containsExactly(two.personA()));
        HubClient.Response again = hub.post(
                "manager", "/api/v1/people/" + two.personB() + "/links", "{\"personId\":\"" + two.personA() + "\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("already one person");

        // while linked, the school sends another record by UPN: it is the school's child, so it leaves with them
        String later = accepted(
                "school",
                namedChild(
                        "school-3802001",
                        "EDUCATION",
                        "SUSPENSION",
                        "{\"system\":\"upn\",\"value\":\"" + two.upn() + "\"}",
                        "Grace",
                        "Unrelated",
                        "2015-01-21",
                        "{\"category\":\"SUSP\",\"reasons\":[\"PP\"],\"startDate\":\"2026-11-12\",\"sessions\":1}"));
        awaitTimeline(two.familyA(), 3);

        HubClient.Response unlinked =
                hub.delete("manager", "/api/v1/people/" + two.personA() + "/links/" + two.personB());
        assertThat(unlinked.status()).as(unlinked.body()).isEqualTo(200);
        assertThat(unlinked.json().get("personId").asText()).isEqualTo(two.personB());
        awaitTimeline(two.familyA(), 1);
        JsonNode familyB = awaitTimeline(two.familyB(), 2);
        assertThat(eventIdsOf(familyB)).contains(later);
        List<JsonNode> after = viewsOf(two);
        assertThat(after.get(0)).as("the hospital's family timeline").isEqualTo(before.get(0));
        assertThat(after.subList(2, 6)).as("members and people").isEqualTo(before.subList(2, 6));
        JsonNode withoutLater = JsonNodeFactory.instance
                .arrayNode()
                .addAll(StreamSupport.stream(after.get(1).spliterator(), false)
                        .filter(e -> !e.get("eventId").asText().equals(later))
                        .toList());
        assertThat(withoutLater)
                .as("the school's family timeline, but for the record sent while linked")
                .isEqualTo(before.get(1));
        assertThat(hub.delete("manager", "/api/v1/people/" + two.personA() + "/links/" + two.personB())
                        .status())
                .isEqualTo(409);
        JsonNode history =
                hub.get("manager", "/api/v1/people/" + two.personB()).json().get("matchHistory");
        assertThat(history).extracting(d -> d.get("decision").asText()).contains("LINKED:MANAGER_DECISION", "UNLINKED");
    }

    @Test
    void a_manager_confirms_one_queued_pair_and_rejects_another_each_once() {
        TwoRecords confirmed = twoRecordsMatchingCannotDecide();
        TwoRecords rejected = twoRecordsMatchingCannotDecide();
        assertThat(hub.post("lead", "/api/v1/identity/review/" + confirmed.pairId() + "/confirm", "")
                        .status())
                .isEqualTo(403);

        HubClient.Response confirm =
                hub.post("manager", "/api/v1/identity/review/" + confirmed.pairId() + "/confirm", "");
        assertThat(confirm.status()).as(confirm.body()).isEqualTo(200);
        assertThat(confirm.json().get("status").asText()).isEqualTo("CONFIRMED");
        String person = confirm.json().get("personId").asText();
        assertThat(List.of(confirmed.personA(), confirmed.personB())).contains(person);
        assertThat(hub.get("manager", "/api/v1/people/" + confirmed.personA()).text("/personId"))
                .isEqualTo(person);
        assertThat(hub.get("manager", "/api/v1/people/" + confirmed.personB()).text("/personId"))
                .isEqualTo(person);
        JsonNode link = StreamSupport.stream(
                        hub.get("manager", "/api/v1/people/" + person)
                                .json()
                                .get("matchHistory")
                                .spliterator(),
                        false)
                .filter(d -> d.get("decision").asText().equals("LINKED:REVIEW_CONFIRMED"))
                .findFirst()
                .orElseThrow();
        assertThat(link.get("score").asDouble()).isBetween(10.0, 18.0);

        HubClient.Response reject = hub.post("manager", "/api/v1/identity/review/" + rejected.pairId() + "/reject", "");
        assertThat(reject.status()).as(reject.body()).isEqualTo(200);
        assertThat(hub.get("manager", "/api/v1/people/" + rejected.personA()).text("/personId"))
                .isEqualTo(rejected.personA());
        assertThat(hub.get("manager", "/api/v1/people/" + rejected.personB()).text("/personId"))
                .isEqualTo(rejected.personB());

        JsonNode open = hub.get("manager", "/api/v1/identity/review").json().get("pairs");
        assertThat(open)
                .extracting(p -> p.get("pairId").asText())
                .doesNotContain(confirmed.pairId(), rejected.pairId());
        HubClient.Response twice = hub.post("manager", "/api/v1/identity/review/" + rejected.pairId() + "/confirm", "");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asText()).contains("already REJECTED");
        assertThat(hub.post("manager", "/api/v1/identity/review/no-such-pair/reject", "")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void people_holding_different_nhs_numbers_are_never_linked_even_by_a_manager() {
        String nhsA = TestIdentifiers.nhsNumber();
        String nhsB = TestIdentifiers.nhsNumber();
        accepted("nhs", emergencyAttendance(TestIdentifiers.messageId(), "2026-11-01T10:00:00Z", nhsA));
        accepted("nhs", emergencyAttendance(TestIdentifiers.messageId(), "2026-11-02T10:00:00Z", nhsB));
        String personA = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + nhsA)
                .json()
                .at("/people/0/personId")
                .asText();
        String personB = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + nhsB)
                .json()
                .at("/people/0/personId")
                .asText();
        HubClient.Response refused =
                hub.post("manager", "/api/v1/people/" + personA + "/links", "{\"personId\":\"" + personB + "\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText())
                .contains("nhs-number")
                .doesNotContain(nhsA)
                .doesNotContain(nhsB);
        assertThat(hub.get("manager", "/api/v1/people/" + personB).text("/personId"))
                .isEqualTo(personB);
        assertThat(hub.post("manager", "/api/v1/people/" + personA + "/links", "{\"personId\":\"nobody\"}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void concurrent_records_about_one_new_person_make_one_person() throws Exception {
        String nhs = TestIdentifiers.nhsNumber();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> pushes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String event =
                        emergencyAttendance(TestIdentifiers.messageId(), "2026-11-0" + (i + 1) + "T10:00:00Z", nhs);
                pushes.add(() -> hub.post("nhs", "/api/v1/events", event).text("/results/0/status"));
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
                repeats.add(() -> hub.post("nhs", "/api/v1/events", same).text("/results/0/status"));
            }
            List<String> repeated = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(repeats)) {
                repeated.add(f.get());
            }
            assertThat(repeated).containsOnlyOnce("ACCEPTED").containsOnly("ACCEPTED", "DUPLICATE");
        } finally {
            pool.shutdownNow();
        }
        JsonNode people = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + nhs)
                .json()
                .get("people");
        assertThat(people).hasSize(1);
        assertThat(people.get(0).get("familyIds")).hasSize(1);
        awaitTimeline(people.get(0).get("familyIds").get(0).asText(), 7);
    }
}
