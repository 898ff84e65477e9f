package org.thinkfamily.hub.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.TestDatabases;
import org.thinkfamily.hub.support.TestIdentifiers;

/** Tier, lead, team and closing decisions over HTTP, and who may then see the family. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FamilyDecisionsHttpTest {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        TestDatabases.embedded(registry, "decisions");
    }

    @LocalServerPort
    int port;

    HubClient hub;

    @BeforeEach
    void connect() {
        hub = new HubClient(port);
    }

    String family() {
        return hub.familyOfOneChild();
    }

    @Test
    void a_tier_decision_needs_a_reason_and_a_manager_and_shows_on_the_family() {
        String familyId = family();
        String path = "/api/v1/families/" + familyId;
        assertThat(hub.post("manager", path + "/tier", "{\"tier\":3}").status()).isEqualTo(400);
        assertThat(hub.post("manager", path + "/tier", "{\"tier\":5,\"reason\":\"x\"}")
                        .status())
                .isEqualTo(400);
        assertThat(hub.post("lead", path + "/tier", "{\"tier\":3,\"reason\":\"x\"}")
                        .status())
                .isEqualTo(403);
        JsonNode stepped = hub.post("manager", path + "/tier", "{\"tier\":3,\"reason\":\"several agencies involved\"}")
                .json();
        assertThat(stepped.get("tier").asInt()).isEqualTo(3);
        assertThat(hub.post("manager", path + "/tier", "{\"tier\":3,\"reason\":\"again\"}")
                        .status())
                .isEqualTo(409);
        assertThat(hub.post("manager", path + "/close", "{\"reason\":\"goals met\"}")
                        .json()
                        .has("closedAt"))
                .isTrue();
        assertThat(hub.post("manager", path + "/close", "{\"reason\":\"goals met\"}")
                        .status())
                .isEqualTo(409);
        JsonNode reopened = hub.post("manager", path + "/tier", "{\"tier\":2,\"reason\":\"new worries\"}")
                .json();
        assertThat(reopened.get("tier").asInt()).isEqualTo(2);
        assertThat(reopened.has("closedAt")).isFalse();
        // each decision is on the family's timeline with its reason and author
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(hub.get("manager", path + "/timeline?sector=EARLY_HELP")
                                .json()
                                .get("entries"))
                        .extracting(e ->
                                e.get("type").asText() + ": " + e.get("summary").asText())
                        .containsSubsequence(
                                "TIER_DECIDED: Tier 3 decided: several agencies involved (manager)",
                                "FAMILY_CLOSED: Stepped down out of early help: goals met (manager)",
                                "TIER_DECIDED: Stepped down from tier 3 to tier 2: new worries (manager)"));
    }

    @Test
    void the_team_decides_who_sees_the_family_and_the_lead_may_change_it() {
        String familyId = family();
        String path = "/api/v1/families/" + familyId;
        assertThat(hub.get("lead", path).status()).isEqualTo(403);
        assertThat(hub.post("lead", path + "/team", "{\"user\":\"lead\",\"agency\":\"bradford-early-help-gateway\"}")
                        .status())
                .isEqualTo(403);
        assertThat(hub.post("manager", path + "/team", "{\"user\":\"nobody-known\",\"agency\":\"bradford-school\"}")
                        .status())
                .isEqualTo(400);
        assertThat(hub.post("manager", path + "/team", "{\"user\":\"lead\"}").status())
                .isEqualTo(400);
        JsonNode added = hub.post(
                        "manager", path + "/team", "{\"user\":\"lead\",\"agency\":\"bradford-early-help-gateway\"}")
                .json();
        assertThat(added.get("team"))
                .anySatisfy(m -> assertThat(m.get("user").asText()).isEqualTo("lead"));
        assertThat(hub.get("lead", path).status()).isEqualTo(200);
        assertThat(hub.get("lead", "/api/v1/families").json().get("families"))
                .anySatisfy(f -> assertThat(f.get("familyId").asText()).isEqualTo(familyId));
        assertThat(hub.post("manager", path + "/team", "{\"user\":\"lead\",\"agency\":\"bradford-early-help-gateway\"}")
                        .status())
                .isEqualTo(409);
        assertThat(hub.delete("manager", path + "/team/lead").status()).isEqualTo(200);
        assertThat(hub.get("lead", path).status()).isEqualTo(403);
        assertThat(hub.get("lead", "/api/v1/families").json().get("families"))
                .noneSatisfy(f -> assertThat(f.get("familyId").asText()).isEqualTo(familyId));

        // the family's lead professional may change its team
        hub.post("manager", path + "/lead-professional", "{\"user\":\"lead\"}");
        assertThat(hub.post("lead", path + "/team", "{\"user\":\"manager\",\"agency\":\"bradford-early-help-gateway\"}")
                        .status())
                .isEqualTo(201);
        assertThat(hub.delete("lead", path + "/team/manager").status()).isEqualTo(200);
    }

    @Test
    void a_practitioner_sees_a_family_only_while_on_its_team() {
        String familyId = family();
        String path = "/api/v1/families/" + familyId;
        assertThat(hub.get("dsl", path).status()).isEqualTo(403);
        assertThat(hub.get("dsl", path + "/timeline").status()).isEqualTo(403);
        assertThat(hub.get("dsl", "/api/v1/families").json().get("total").asLong())
                .isZero();
        assertThat(hub.post("manager", path + "/team", "{\"user\":\"dsl\",\"agency\":\"bradford-school\"}")
                        .status())
                .isEqualTo(201);
        assertThat(hub.get("dsl", path).status()).isEqualTo(200);
        assertThat(hub.get("dsl", path + "/timeline").status()).isEqualTo(200);
        assertThat(hub.get("dsl", "/api/v1/families").json().get("total").asLong())
                .isEqualTo(1);
        // a practitioner on the team does not change it
        assertThat(hub.post("dsl", path + "/team", "{\"user\":\"hv\",\"agency\":\"bradford-health-visiting\"}")
                        .status())
                .isEqualTo(403);
        assertThat(hub.delete("manager", path + "/team/dsl").status()).isEqualTo(200);
        assertThat(hub.get("dsl", path).status()).isEqualTo(403);
        // and the refusals are in the access log, with the reads between them
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(hub.accessActions(familyId, "dsl"))
                        .containsSubsequence("READ_FAMILY_DENIED", "READ_FAMILY", "READ_FAMILY_DENIED"));
    }

    @Test
    void a_front_door_decision_at_a_tier_sets_the_familys_tier_and_repeat_contacts_show_on_the_family() {
        String child = TestIdentifiers.nhsNumber();
        String contact = """
                {"subjects":[{"role":"CHILD","identifiers":[{"system":"nhs-number","value":"%s"}],
                  "name":{"given":"Ava","family":"Brown"},"birthDate":"2016-04-01"}],
                 "reason":"Teacher worried about bruising","contactedBy":"school"}""".formatted(child);
        JsonNode first = hub.post("manager", "/api/v1/contacts", contact).json();
        String familyId = first.get("familyId").asText();
        assertThat(hub.get("manager", "/api/v1/families/" + familyId)
                        .json()
                        .at("/contacts/count12Months")
                        .asInt())
                .isEqualTo(1);
        assertThat(hub.post(
                                "manager",
                                "/api/v1/contacts/" + first.get("contactId").asText() + "/decision",
                                "{\"outcome\":\"EARLY_HELP_TIER_3\",\"reason\":\"several agencies needed\"}")
                        .status())
                .isEqualTo(200);
        JsonNode family = hub.get("manager", "/api/v1/families/" + familyId).json();
        assertThat(family.get("tier").asInt()).isEqualTo(3);
        JsonNode second = hub.post("manager", "/api/v1/contacts", contact).json();
        assertThat(second.get("repeat").asBoolean()).isTrue();
        assertThat(hub.get("manager", "/api/v1/families/" + familyId)
                        .json()
                        .at("/contacts/repeat")
                        .asBoolean())
                .isTrue();
        // the same tier again from the front door records the decision and keeps the tier
        assertThat(hub.post(
                                "manager",
                                "/api/v1/contacts/" + second.get("contactId").asText() + "/decision",
                                "{\"outcome\":\"EARLY_HELP_TIER_3\",\"reason\":\"still several agencies\"}")
                        .status())
                .isEqualTo(200);
        assertThat(hub.get("manager", "/api/v1/families/" + familyId)
                        .json()
                        .get("tier")
                        .asInt())
                .isEqualTo(3);
    }

    @Test
    void the_familys_priorities_are_the_shared_assessments_goals_and_the_view_carries_its_latest_scores() {
        String familyId = family();
        String path = "/api/v1/families/" + familyId;
        assertThat(hub.get("manager", path)
                        .json()
                        .at("/questions/priorities/status")
                        .asText())
                .isEqualTo("NOT_KNOWN");
        assertThat(hub.get("manager", path).json().has("assessment")).isFalse();
        String assessmentId = hub.post("manager", path + "/assessment", "")
                .json()
                .get("assessmentId")
                .asText();
        assertThat(hub.post(
                                "manager",
                                "/api/v1/assessments/" + assessmentId + "/goals",
                                "{\"text\":\"The children are at school every day\",\"nextSteps\":[{\"text\":\"Morning routine plan\",\"owner\":\"lead\",\"due\":\"2020-01-01\"}]}")
                        .status())
                .isEqualTo(201);
        assertThat(hub.post(
                                "manager",
                                "/api/v1/assessments/" + assessmentId + "/scaling",
                                "{\"score\":4,\"participant\":\"manager\"}")
                        .status())
                .isEqualTo(201);
        JsonNode view = hub.get("manager", path).json();
        assertThat(view.at("/questions/priorities/status").asText()).isEqualTo("CONCERN");
        assertThat(view.at("/questions/priorities/facts/0/text").asText())
                .isEqualTo("The children are at school every day (a next step is overdue)");
        assertThat(view.at("/assessment/assessmentId").asText()).isEqualTo(assessmentId);
        assertThat(view.at("/assessment/latestScaling/0/score").asInt()).isEqualTo(4);
    }

    @Test
    void my_families_are_paged_newest_activity_first() {
        String older = family();
        String newer = family();
        JsonNode page = hub.get("manager", "/api/v1/families?size=2").json();
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.get("families").get(0).get("familyId").asText()).isEqualTo(newer);
        assertThat(page.get("families").get(1).get("familyId").asText()).isEqualTo(older);
        assertThat(page.get("families").get(0).get("members").get(0).get("role").asText())
                .isEqualTo("CHILD");
        // every family on the page is a recorded read (the page in one transaction)
        for (String listed : List.of(newer, older)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> hub.accessActions(listed, "manager").contains("LIST_FAMILY"));
        }
        assertThat(hub.get("manager", "/api/v1/families?size=201").status()).isEqualTo(400);
        assertThat(hub.get("police", "/api/v1/families").status()).isEqualTo(403);
    }
}
