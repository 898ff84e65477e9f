package org.thinkfamily.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thinkfamily.hub.support.CanonicalEvents.domesticAbuse;
import static org.thinkfamily.hub.support.CanonicalEvents.emergencyAttendance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.thinkfamily.hub.support.AgencyScenarios;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.TestIdentifiers;

/**
 * Agencies' records over HTTP into the running hub: accepted, duplicates, rejections naming the field, arrays
 * answered in order, refusals. Run on the embedded database and on PostgreSQL.
 */
abstract class IngestScenarios extends AgencyScenarios {

    @Test
    void three_agencies_records_make_one_family_with_one_timeline_in_occurred_order() {
        Family family = pushTheScenario();
        JsonNode timeline = awaitTimeline(family.familyId(), 3);
        assertThat(eventIdsOf(timeline)).containsExactlyElementsOf(family.eventIds());
        assertThat(timeline.get("entries"))
                .extracting(e -> e.get("type").asText())
                .containsExactly("SCHOOL_ATTENDANCE_SUMMARY", "DOMESTIC_ABUSE_INCIDENT", "EMERGENCY_ATTENDANCE");
        JsonNode first = timeline.get("entries").get(0);
        assertThat(first.get("sector").asText()).isEqualTo("EDUCATION");
        assertThat(first.get("source").get("agency").asText()).isEqualTo("bradford-school-2001");
        assertThat(first.get("personIds")).extracting(JsonNode::asText).containsExactly(family.childId());

        JsonNode view =
                hub.get("manager", "/api/v1/families/" + family.familyId()).json();
        assertThat(view.get("members"))
                .extracting(m -> m.get("role").asText())
                .containsExactlyInAnyOrder("PARENT_CARER", "CHILD");

        JsonNode child =
                hub.get("manager", "/api/v1/people/" + family.childId()).json();
        assertThat(child.get("identifiers"))
                .extracting(i -> i.get("system").asText())
                .containsExactlyInAnyOrder("nhs-number", "upn");
    }

    @Test
    void a_repeat_is_a_duplicate_and_changes_nothing() {
        String childNhs = TestIdentifiers.nhsNumber();
        String event = emergencyAttendance(TestIdentifiers.messageId(), "2026-11-22T09:05:00Z", childNhs);
        String eventId = accepted("nhs", event);
        long before = storedEvents();
        JsonNode again =
                hub.post("nhs", "/api/v1/events", event).json().get("results").get(0);
        assertThat(again.get("status").asText()).isEqualTo("DUPLICATE");
        assertThat(again.get("eventId").asText()).isEqualTo(eventId);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void a_wrong_nhs_check_digit_is_rejected_naming_the_field_and_nothing_is_written() {
        String good = TestIdentifiers.nhsNumber();
        String bad = good.substring(0, 9) + (char) ('0' + (good.charAt(9) - '0' + 1) % 10);
        long before = storedEvents();
        HubClient.Response response = hub.post(
                "police",
                "/api/v1/events",
                domesticAbuse(TestIdentifiers.messageId(), "2026-11-20T22:15:00Z", TestIdentifiers.niNumber(), bad));
        assertThat(response.status()).isEqualTo(200);
        JsonNode result = response.json().get("results").get(0);
        assertThat(result.get("status").asText()).isEqualTo("REJECTED");
        assertThat(result.get("errors").get(0).get("field").asText()).isEqualTo("subjects[1].identifiers[0].value");
        assertThat(result.get("errors").get(0).get("message").asText())
                .contains("check digit")
                .doesNotContain(bad);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void an_array_gets_one_result_per_event_in_order() {
        String nhs = TestIdentifiers.nhsNumber();
        String first = emergencyAttendance(TestIdentifiers.messageId(), "2026-11-22T09:05:00Z", nhs);
        String unreadable =
                first.replace("\"EMERGENCY_ATTENDANCE\"", "\"BROKEN_ARM\"").replace("MSG-", "OTHER-");
        String body = "[" + first + "," + unreadable + "," + first + "]";
        JsonNode results = hub.post("nhs", "/api/v1/events", body).json().get("results");
        assertThat(results)
                .extracting(r -> r.get("status").asText())
                .containsExactly("ACCEPTED", "REJECTED", "DUPLICATE");
        assertThat(results.get(1).get("errors").get(0).get("field").asText()).isEqualTo("type");
    }

    @Test
    void bad_bodies_missing_credentials_and_other_sectors_are_refused() {
        String event =
                emergencyAttendance(TestIdentifiers.messageId(), "2026-11-22T09:05:00Z", TestIdentifiers.nhsNumber());
        HubClient.Response malformed = hub.post("nhs", "/api/v1/events", "{\"source\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("status").asInt()).isEqualTo(400);
        assertThat(malformed.json().get("detail").asText()).startsWith("the body is not valid JSON");
        assertThat(hub.post("nhs", "/api/v1/events", "\"text\"").status()).isEqualTo(400);
        assertThat(hub.post("nhs", "/api/v1/events", "[]").status()).isEqualTo(400);
        assertThat(hub.post(null, "/api/v1/events", event).status()).isEqualTo(401);
        assertThat(hub.getWithPassword("nhs", "wrong", "/api/v1/families/x").status())
                .isEqualTo(401);
        assertThat(hub.post("police", "/api/v1/events", event).status()).isEqualTo(403);
        assertThat(hub.post("lead", "/api/v1/events", event).status()).isEqualTo(403);
        assertThat(hub.get("nhs", "/api/v1/audit/access").status()).isEqualTo(403);
        assertThat(hub.get(null, "/actuator/health").json().toString()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(hub.get(null, "/actuator/prometheus").status()).isEqualTo(401);
        assertThat(hub.get(null, "/v3/api-docs").status()).isEqualTo(401);
    }
}
