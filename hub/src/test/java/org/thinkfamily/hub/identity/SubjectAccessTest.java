package org.thinkfamily.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thinkfamily.hub.support.AgencyScenarios;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.OnPostgres;

/**
 * Subject access: an auditor exports everything held about a person, from the store itself: the agency records that
 * name them (and only those), their own records' events, their family's events that name them, as JSON and as a
 * readable document; the export is a recorded read; nobody but an auditor may make one.
 */
@OnPostgres
class SubjectAccessTest extends AgencyScenarios {

    @Test
    void an_auditor_exports_everything_held_about_a_person_and_only_about_them() {
        Family family = pushTheScenario();
        awaitTimeline(family.familyId(), 3);
        String mother = hub.get("manager", "/api/v1/people?identifier=ni-number%7C" + family.motherNi())
                .json()
                .at("/people/0/personId")
                .asText();

        HubClient.Response child = hub.get("auditor", "/api/v1/people/" + family.childId() + "/export");
        assertThat(child.status()).as(child.body()).isEqualTo(200);
        JsonNode export = child.json();
        assertThat(export.get("personId").asText()).isEqualTo(family.childId());
        assertThat(export.get("generatedBy").asText()).isEqualTo("auditor");
        assertThat(export.get("familyIds")).extracting(JsonNode::asText).containsExactly(family.familyId());
        List<String> agencies = agencyRecords(export);
        assertThat(agencies)
                .containsExactlyInAnyOrder(
                        "west-yorkshire-police", "bradford-school-2001", "bradford-teaching-hospitals");
        // every agency record with its source, and the child's own record and family membership from the store
        assertThat(types(export)).contains("AgencyEventRecorded", "PersonRegistered", "FamilyStarted");
        export.get("events").forEach(e -> {
            if ("AgencyEventRecorded".equals(e.get("type").asText())) {
                assertThat(e.get("messageId").asText()).isNotBlank();
                assertThat(e.at("/content/narrative")).isNotNull();
            }
        });

        // the mother is named by the police only
        JsonNode ofMother =
                hub.get("auditor", "/api/v1/people/" + mother + "/export").json();
        assertThat(agencyRecords(ofMother)).containsExactly("west-yorkshire-police");

        HttpResponse<String> document =
                hub.exchange("auditor", "GET", "/api/v1/people/" + family.childId() + "/export?format=html", null);
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(document.body())
                .contains("Everything the hub holds about", "bradford-school-2001", "Who looked", "Shared assessment");

        for (String user : List.of("manager", "lead", "police")) {
            assertThat(hub.get(user, "/api/v1/people/" + family.childId() + "/export")
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(hub.get("auditor", "/api/v1/people/00000000-0000-0000-0000-000000000000/export")
                        .status())
                .isEqualTo(404);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(hub.accessActions(family.familyId(), "auditor"))
                        .contains("EXPORT_SUBJECT"));
    }

    private static List<String> agencyRecords(JsonNode export) {
        List<String> agencies = new ArrayList<>();
        export.get("events").forEach(e -> {
            if ("AgencyEventRecorded".equals(e.get("type").asText())) {
                agencies.add(e.get("agency").asText());
            }
        });
        return agencies;
    }

    private static List<String> types(JsonNode export) {
        List<String> types = new ArrayList<>();
        export.get("events").forEach(e -> types.add(e.get("type").asText()));
        return types;
    }
}
