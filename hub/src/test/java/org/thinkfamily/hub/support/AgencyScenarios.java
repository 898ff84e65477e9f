package org.thinkfamily.hub.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thinkfamily.hub.support.CanonicalEvents.domesticAbuse;
import static org.thinkfamily.hub.support.CanonicalEvents.emergencyAttendance;
import static org.thinkfamily.hub.support.CanonicalEvents.schoolAttendance;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Scenarios in which agencies push records into the {@link RunningHub}: the three agencies' records of one family
 * (the scenario), each accepted record, and the family timeline awaited. Every scenario makes people of
 * its own, so scenarios share one store without meeting.
 */
public abstract class AgencyScenarios extends RunningHub {

    /** The three agencies' records of one family, as the scenario has them. */
    public record Family(String familyId, String childId, String childNhs, String motherNi, List<String> eventIds) {}

    protected Family pushTheScenario() {
        String childNhs = TestIdentifiers.nhsNumber();
        String motherNi = TestIdentifiers.niNumber();
        String police = accepted(
                "police", domesticAbuse(TestIdentifiers.messageId(), "2026-11-20T22:15:00Z", motherNi, childNhs));
        String school = accepted(
                "school",
                schoolAttendance(TestIdentifiers.messageId(), "2026-10-24T15:30:00Z", TestIdentifiers.upn(), childNhs));
        String hospital =
                accepted("nhs", emergencyAttendance(TestIdentifiers.messageId(), "2026-11-22T09:05:00Z", childNhs));
        JsonNode people = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + childNhs)
                .json()
                .get("people");
        assertThat(people).hasSize(1);
        assertThat(people.get(0).get("familyIds")).hasSize(1);
        return new Family(
                people.get(0).get("familyIds").get(0).asText(),
                people.get(0).get("personId").asText(),
                childNhs,
                motherNi,
                List.of(school, police, hospital));
    }

    protected String accepted(String agency, String event) {
        HubClient.Response response = hub.post(agency, "/api/v1/events", event);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode result = response.json().get("results").get(0);
        assertThat(result.get("status").asText()).as(response.body()).isEqualTo("ACCEPTED");
        return result.get("eventId").asText();
    }

    protected JsonNode timeline(String user, String familyId, String query) {
        HubClient.Response response = hub.get(user, "/api/v1/families/" + familyId + "/timeline" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    protected List<String> eventIdsOf(JsonNode timeline) {
        return StreamSupport.stream(timeline.get("entries").spliterator(), false)
                .map(e -> e.get("eventId").asText())
                .toList();
    }

    /** The timeline projection is eventually consistent: wait until it shows what was accepted. */
    protected JsonNode awaitTimeline(String familyId, int entries) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> timeline("manager", familyId, ""),
                        t -> t.get("entries").size() == entries);
    }

    protected long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    /** A family name of this test's own, so other tests' people are never candidates. */
    public static String familyName() {
        StringBuilder name = new StringBuilder("Q");
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    /** A hospital's record of a child known by NHS number (Ella, born 21 January 2015). */
    public static String hospitalRecordOfChild(String family, String nhs) {
        return namedChild(
                "bradford-teaching-hospitals",
                "HEALTH",
                "EMERGENCY_ATTENDANCE",
                "{\"system\":\"nhs-number\",\"value\":\"" + nhs + "\"}",
                "Ella",
                family,
                "2015-01-21",
                "{\"site\":\"BRI\",\"arrivedAt\":\"2026-11-20T10:00:00Z\"}");
    }

    /**
     * The school's record of the same child by UPN, under another given name (Grace): with the hospital's, the two
     * records matching cannot decide on alone, so it queues them for a manager.
     */
    public static String schoolRecordOfSameChild(String family, String upn) {
        return namedChild(
                "school-3802001",
                "EDUCATION",
                "SUSPENSION",
                "{\"system\":\"upn\",\"value\":\"" + upn + "\"}",
                "Grace",
                family,
                "2015-01-21",
                "{\"category\":\"SUSP\",\"reasons\":[\"PP\"],\"startDate\":\"2026-11-10\",\"sessions\":2}");
    }

    public static String namedChild(
            String agency,
            String sector,
            String type,
            String identifiers,
            String given,
            String family,
            String birthDate,
            String details) {
        return """
                {"source":{"agency":"%s","sector":"%s","messageId":"%s"},"type":"%s","occurredAt":"2026-11-20T10:00:00Z",
                 "subjects":[{"role":"CHILD","identifiers":[%s],"name":{"given":"%s","family":"%s"},"birthDate":"%s",
                              "address":{"postcode":"BD7 1DP"}}],
                 "details":%s}""".formatted(
                agency, sector, TestIdentifiers.messageId(), type, identifiers, given, family, birthDate, details);
    }

    public static String withPncCheckLetter(String yearAndSerial) {
        String[] parts = yearAndSerial.split("/");
        long number = Long.parseLong(parts[0].substring(parts[0].length() - 2) + parts[1]);
        return yearAndSerial + "ZABCDEFGHJKLMNPQRTUVWXY".charAt((int) (number % 23));
    }
}
