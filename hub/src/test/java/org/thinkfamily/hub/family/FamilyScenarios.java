package org.thinkfamily.hub.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thinkfamily.hub.support.CanonicalEvents.domesticAbuse;
import static org.thinkfamily.hub.support.CanonicalEvents.streetIncident;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.thinkfamily.hub.support.AgencyScenarios;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.TestIdentifiers;

/**
 * Families over HTTP on the running hub: who joins, why each member is there, managers ending, moving and merging
 * memberships, refusals. Run on the embedded database and on PostgreSQL.
 */
abstract class FamilyScenarios extends AgencyScenarios {

    @Test
    void an_other_party_is_linked_to_the_event_but_joins_no_family() {
        String pnc = "04/" + String.format("%07d", (int) (Math.random() * 9_000_000));
        pnc = withPncCheckLetter(pnc);
        String witnessNhs = TestIdentifiers.nhsNumber();
        accepted("police", streetIncident(TestIdentifiers.messageId(), pnc, witnessNhs));
        JsonNode witness = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + witnessNhs)
                .json()
                .at("/people/0");
        assertThat(witness.get("familyIds")).isEmpty();
        JsonNode suspect = hub.get("manager", "/api/v1/people?identifier=pnc-id%7C" + pnc.replace("/", "%2F"))
                .json()
                .at("/people/0");
        assertThat(suspect.get("familyIds")).hasSize(1);
        JsonNode timeline = awaitTimeline(suspect.get("familyIds").get(0).asText(), 1);
        assertThat(timeline.at("/entries/0/personIds")).hasSize(2);
    }

    static List<String> reasonsOf(JsonNode family, String personId) {
        List<String> reasons = new ArrayList<>();
        family.get("members").forEach(m -> {
            if (m.get("personId").asText().equals(personId)) {
                m.get("reasons")
                        .forEach(r -> reasons.add(r.get("basis").asText() + " "
                                + r.path("sourceEventId").asText("")));
            }
        });
        return reasons;
    }

    @Test
    void a_family_shows_why_each_member_is_there_recorded_relationships_and_the_same_property_included() {
        Family family = pushTheScenario();
        String police = family.eventIds()
                .get(1); // the first pushed: it named mother and child together; the others the child alone
        JsonNode view =
                hub.get("manager", "/api/v1/families/" + family.familyId()).json();
        assertThat(reasonsOf(view, family.childId())).containsExactly("NAMED_TOGETHER " + police);

        String relationship =
                accepted("nhs", """
                {"source":{"agency":"bradford-teaching-hospitals","sector":"HEALTH","messageId":"%s"},"type":"FAMILY_RELATIONSHIP_RECORDED",
                 "occurredAt":"2026-11-21T10:00:00Z","subjects":[
                   {"role":"CHILD","identifiers":[{"system":"nhs-number","value":"%s"}]},
                   {"role":"PARENT_CARER","name":{"given":"Omar","family":"%s"},"birthDate":"1988-02-03"}],
                 "details":{"relationship":"FTH"}}""".formatted(TestIdentifiers.messageId(), family.childNhs(), familyName()));
        view = hub.get("manager", "/api/v1/families/" + family.familyId()).json();
        assertThat(view.get("members")).hasSize(3);
        String father = StreamSupport.stream(view.get("members").spliterator(), false)
                .map(m -> m.get("personId").asText())
                .filter(id -> reasonsOf(
                                hub.get("manager", "/api/v1/families/" + family.familyId())
                                        .json(),
                                id)
                        .equals(List.of("RELATIONSHIP_RECORDED " + relationship)))
                .findFirst()
                .orElseThrow();
        assertThat(reasonsOf(view, family.childId())).endsWith("RELATIONSHIP_RECORDED " + relationship);
        assertThat(father).isNotEqualTo(family.childId());

        // a baby the hospital registers at a property where a family lives joins that family
        String uprn = TestIdentifiers.uprn();
        String surname = familyName();
        String first =
                accepted("nhs", """
                {"source":{"agency":"bradford-teaching-hospitals","sector":"HEALTH","messageId":"%s"},"type":"EMERGENCY_ATTENDANCE",
                 "occurredAt":"2026-11-20T10:00:00Z","subjects":[{"role":"CHILD","identifiers":[{"system":"nhs-number","value":"%s"}],
                   "name":{"given":"Ruby","family":"%s"},"birthDate":"2019-04-05","address":{"uprn":"%s","postcode":"BD5 0AA"}}],
                 "details":{"site":"BRI","arrivedAt":"2026-11-20T10:00:00Z"}}""".formatted(TestIdentifiers.messageId(), TestIdentifiers.nhsNumber(), surname, uprn));
        String babyNhs = TestIdentifiers.nhsNumber();
        String second = accepted("nhs", """
                {"source":{"agency":"bradford-teaching-hospitals","sector":"HEALTH","messageId":"%s"},"type":"EMERGENCY_ATTENDANCE",
                 "occurredAt":"2026-11-22T10:00:00Z","subjects":[{"role":"CHILD","identifiers":[{"system":"nhs-number","value":"%s"}],
                   "name":{"given":"Theo","family":"%s"},"birthDate":"2026-09-01","address":{"uprn":"%s","postcode":"BD5 0AA"}}],
                 "details":{"site":"BRI","arrivedAt":"2026-11-22T10:00:00Z"}}""".formatted(TestIdentifiers.messageId(), babyNhs, surname, uprn));
        JsonNode baby = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + babyNhs)
                .json()
                .at("/people/0");
        JsonNode home = hub.get(
                        "manager", "/api/v1/families/" + baby.at("/familyIds/0").asText())
                .json();
        assertThat(home.get("members")).hasSize(2);
        assertThat(reasonsOf(home, baby.get("personId").asText())).containsExactly("SAME_ADDRESS " + second);
        assertThat(eventIdsOf(awaitTimeline(home.get("familyId").asText(), 2))).containsExactly(first, second);
    }

    @Test
    void a_manager_ends_moves_and_merges_memberships_and_later_records_do_not_undo_it() {
        Family one = pushTheScenario();
        Family two = pushTheScenario();
        awaitTimeline(one.familyId(), 3);
        String motherOfOne = hub.get("manager", "/api/v1/people?identifier=ni-number%7C" + one.motherNi())
                .json()
                .at("/people/0/personId")
                .asText();

        // the child goes to live with a relative
        assertThat(hub.delete("lead", "/api/v1/families/" + one.familyId() + "/members/" + one.childId())
                        .status())
                .isEqualTo(403);
        java.time.Instant beforeTheEnd = java.time.Instant.now();
        HubClient.Response ended =
                hub.delete("manager", "/api/v1/families/" + one.familyId() + "/members/" + one.childId());
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.json().get("members"))
                .extracting(m -> m.get("personId").asText())
                .containsExactly(motherOfOne);
        // as the hub knew the family before, the child was a member, and their records answered its questions
        JsonNode before = hub.get("auditor", "/api/v1/families/" + one.familyId() + "?asAt=" + beforeTheEnd)
                .json();
        assertThat(before.get("members"))
                .extracting(m -> m.get("personId").asText())
                .containsExactlyInAnyOrder(motherOfOne, one.childId());
        assertThat(before.at("/questions/schoolAttendance/eventIds")).isNotEmpty();
        assertThat(hub.delete("manager", "/api/v1/families/" + one.familyId() + "/members/" + one.childId())
                        .status())
                .isEqualTo(409);
        // the police name mother and child together again: the child is not put back, the incident is on the mother's
        // family timeline
        String later = accepted(
                "police",
                domesticAbuse(TestIdentifiers.messageId(), Instant.now().toString(), one.motherNi(), one.childNhs()));
        assertThat(hub.get("manager", "/api/v1/families/" + one.familyId())
                        .json()
                        .get("members"))
                .hasSize(1);
        assertThat(eventIdsOf(awaitTimeline(one.familyId(), 4)))
                .containsAll(one.eventIds())
                .contains(later);

        // the mother moves to the other family's household
        HubClient.Response moved = hub.post(
                "manager",
                "/api/v1/families/" + two.familyId() + "/members",
                "{\"personId\":\"" + motherOfOne + "\",\"role\":\"PARENT_CARER\",\"fromFamilyId\":\"" + one.familyId()
                        + "\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(201);
        assertThat(moved.json().get("members")).hasSize(3);
        assertThat(reasonsOf(moved.json(), motherOfOne)).containsExactly("MANAGER_DECISION ");
        assertThat(hub.get("manager", "/api/v1/families/" + one.familyId())
                        .json()
                        .get("members"))
                .isEmpty();

        // the child's family and the other are one household
        HubClient.Response merged = hub.post(
                "manager",
                "/api/v1/families/" + two.familyId() + "/merge",
                "{\"familyId\":\"" + one.familyId() + "\"}");
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        JsonNode closed =
                hub.get("manager", "/api/v1/families/" + one.familyId()).json();
        assertThat(closed.get("mergedInto").asText()).isEqualTo(two.familyId());
        assertThat(hub.post(
                                "manager",
                                "/api/v1/families/" + two.familyId() + "/merge",
                                "{\"familyId\":\"" + one.familyId() + "\"}")
                        .status())
                .isEqualTo(409);
        String afterMerge = accepted(
                "police",
                domesticAbuse(TestIdentifiers.messageId(), Instant.now().toString(), one.motherNi(), one.childNhs()));
        assertThat(hub.get("manager", "/api/v1/people/" + one.childId()).json().get("familyIds"))
                .extracting(JsonNode::asText)
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
        assertThat(hub.post("manager", people, "{\"personId\":").status())
                .as("truncated body")
                .isEqualTo(400);
        HubClient.Response self = hub.post("manager", people, "{\"personId\":\"" + family.childId() + "\"}");
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.json().get("detail").asText()).contains("already one person");
        HubClient.Response otherParty =
                hub.post("manager", members, "{\"personId\":\"" + family.childId() + "\",\"role\":\"OTHER_PARTY\"}");
        assertThat(otherParty.status()).isEqualTo(400);
        assertThat(otherParty.json().get("detail").asText()).contains("household role");
        assertThat(hub.post("manager", members, "{\"personId\":\"" + family.childId() + "\",\"role\":\"COUSIN\"}")
                        .status())
                .as("no such role")
                .isEqualTo(400);
        assertThat(hub.post("manager", members, "{\"personId\":\"" + family.childId() + "\",\"role\":\"CHILD\"}")
                        .status())
                .as("a member already")
                .isEqualTo(409);
        assertThat(hub.post(
                                "manager",
                                members,
                                "{\"personId\":\"" + family.childId() + "\",\"role\":\"CHILD\",\"fromFamilyId\":\""
                                        + family.familyId() + "\"}")
                        .status())
                .as("a move within the family")
                .isEqualTo(400);
        assertThat(hub.post(
                                "manager",
                                "/api/v1/families/" + family.familyId() + "/merge",
                                "{\"familyId\":\"" + family.familyId() + "\"}")
                        .status())
                .as("into itself")
                .isEqualTo(400);
        assertThat(hub.post(
                                "manager",
                                "/api/v1/families/no-such-family/merge",
                                "{\"familyId\":\"" + family.familyId() + "\"}")
                        .status())
                .isEqualTo(404);
        assertThat(hub.delete("manager", "/api/v1/families/" + family.familyId() + "/members/nobody")
                        .status())
                .isEqualTo(409);
        assertThat(storedEvents()).as("nothing half-applied").isEqualTo(before);
    }
}
