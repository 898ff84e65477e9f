package org.thinkfamily.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thinkfamily.hub.support.CanonicalEvents.emergencyAttendance;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.thinkfamily.hub.support.AgencyScenarios;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.OnPostgres;
import org.thinkfamily.hub.support.TestIdentifiers;

/**
 * Subject access: an auditor exports everything held about a person, from the store itself: the agency records that
 * name them (and only those), their own records' events, their family's events that name them, as JSON and as a
 * readable document; the export is a recorded read; nobody but an auditor may make one.
 */
@OnPostgres
class SubjectAccessTest extends AgencyScenarios {

    @Autowired
    SubjectAccess subjectAccess;

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

        assertThat(hub.get("auditor", "/api/v1/people/" + family.childId() + "/export?format=pdf")
                        .status())
                .as("a format the hub does not make")
                .isEqualTo(400);

        for (String user : List.of("manager", "lead", "police")) {
            assertThat(hub.get(user, "/api/v1/people/" + family.childId() + "/export")
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(hub.get("auditor", "/api/v1/people/00000000-0000-0000-0000-000000000000/export")
                        .status())
                .isEqualTo(404);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(hub.accessActions(family.familyId(), "auditor"))
                        .contains("EXPORT_SUBJECT"));
    }

    /** An auditor without the RESTRICTED clearance sees that a restricted record exists, not what it says. */
    @Test
    void a_restricted_record_is_exported_without_its_narrative_to_an_auditor_not_cleared() {
        String nhs = TestIdentifiers.nhsNumber();
        accepted("nhs", emergencyAttendance(TestIdentifiers.messageId(), "2026-11-22T09:05:00Z", nhs, "RESTRICTED"));
        JsonNode person = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + nhs)
                .json()
                .at("/people/0");
        awaitTimeline(person.at("/familyIds/0").asText(), 1);
        var cleared = new UsernamePasswordAuthenticationToken(
                "ig-auditor",
                null,
                List.of(
                        new SimpleGrantedAuthority("ROLE_AUDITOR"),
                        new SimpleGrantedAuthority("ROLE_RESTRICTED_READER")));
        var notCleared = new UsernamePasswordAuthenticationToken(
                "ig-auditor", null, List.of(new SimpleGrantedAuthority("ROLE_AUDITOR")));
        String personId = person.get("personId").asText();

        assertThat(restrictedRecord(
                                subjectAccess.export(cleared, personId, "test").orElseThrow())
                        .has("narrative"))
                .isTrue();
        JsonNode redacted = restrictedRecord(
                subjectAccess.export(notCleared, personId, "test").orElseThrow());
        assertThat(redacted.has("narrative")).isFalse();
        assertThat(redacted.get("sensitivity").asText()).isEqualTo("RESTRICTED");
        assertThat(redacted.get("restricted").asText()).isNotBlank();
    }

    private static JsonNode restrictedRecord(SubjectAccess.Export export) {
        return export.events().stream()
                .filter(e -> "AgencyEventRecorded".equals(e.type()))
                .map(SubjectAccess.HeldEvent::content)
                .findFirst()
                .orElseThrow();
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
