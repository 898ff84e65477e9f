package org.thinkfamily.hub.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.thinkfamily.hub.identity.SubjectAccess;
import org.thinkfamily.hub.support.AgencyScenarios;
import org.thinkfamily.hub.support.OnPostgres;
import org.thinkfamily.hub.support.TestIdentifiers;
import org.thinkfamily.hub.support.WebSession;

/**
 * A record an agency marked RESTRICTED, in every view of its family: to someone not cleared for restricted records
 * (the family's lead professional, an auditor without the clearance) each shows that it exists and never what it
 * says; to someone cleared (a manager), what it says is there, so each check can fail.
 */
@OnPostgres
class RestrictedRedactionTest extends AgencyScenarios {

    @Autowired
    SubjectAccess subjectAccess;

    @Test
    void a_restricted_record_is_shown_without_its_content_in_every_view_to_people_not_cleared() throws Exception {
        String token = "R" + familyName().substring(1);
        String nhs = TestIdentifiers.nhsNumber();
        accepted("police", restrictedIncident(nhs, token));
        JsonNode child = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + nhs)
                .json()
                .at("/people/0");
        String childId = child.get("personId").asText();
        String familyId = child.at("/familyIds/0").asText();
        awaitTimeline(familyId, 1);
        assertThat(hub.post("manager", "/api/v1/families/" + familyId + "/lead-professional", "{\"user\":\"lead\"}")
                        .status())
                .isEqualTo(200);
        String now = Instant.now().plusSeconds(1).toString();

        // cleared: the words are there
        assertThat(timeline("manager", familyId, "").toString()).contains(token);

        // not cleared, through the API: it exists, restricted, without its words
        JsonNode timeline = timeline("lead", familyId, "");
        assertThat(timeline.at("/entries/0/sensitivity").asText()).isEqualTo("RESTRICTED");
        Map<String, String> api = Map.of(
                "timeline", timeline.toString(),
                "timeline as at", timeline("lead", familyId, "?asAt=" + now).toString(),
                "family view", hub.get("lead", "/api/v1/families/" + familyId).body(),
                "family view as at",
                        hub.get("lead", "/api/v1/families/" + familyId + "?asAt=" + now)
                                .body(),
                "person", hub.get("lead", "/api/v1/people/" + childId).body());
        api.forEach((view, body) -> assertThat(body).as(view).doesNotContain(token));
        assertThat(api.get("family view")).contains("A restricted record");

        // not cleared, on the pages
        WebSession lead = WebSession.signIn(port, "lead");
        for (String page : List.of(
                "/families/" + familyId,
                "/families/" + familyId + "/timeline",
                "/families/" + familyId + "/plan",
                "/families/" + familyId + "/assessment",
                "/people/" + childId)) {
            HttpResponse<String> shown = lead.send(page, null);
            assertThat(shown.statusCode()).as(page).isEqualTo(200);
            assertThat(shown.body()).as(page).doesNotContain(token);
        }
        assertThat(lead.get("/families/" + familyId + "/timeline")).contains("Restricted");
        assertThat(WebSession.signIn(port, "manager").get("/families/" + familyId + "/timeline"))
                .as("a manager is cleared")
                .contains(token);

        // the subject access export, for an auditor with and without the clearance
        var cleared = new UsernamePasswordAuthenticationToken(
                "ig-auditor",
                null,
                List.of(
                        new SimpleGrantedAuthority("ROLE_" + Roles.AUDITOR),
                        new SimpleGrantedAuthority("ROLE_" + Roles.RESTRICTED_READER)));
        var notCleared = new UsernamePasswordAuthenticationToken(
                "ig-auditor", null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.AUDITOR)));
        assertThat(json(subjectAccess.export(cleared, childId, "test").orElseThrow()))
                .contains(token);
        assertThat(json(subjectAccess.export(notCleared, childId, "test").orElseThrow()))
                .doesNotContain(token);
    }

    private String json(Object value) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper()
                .findAndRegisterModules()
                .writeValueAsString(value);
    }

    private static String restrictedIncident(String childNhs, String token) {
        return """
                {"source":{"agency":"west-yorkshire-police","sector":"POLICE","messageId":"%s"},
                 "type":"DOMESTIC_ABUSE_INCIDENT","occurredAt":"2026-11-20T22:15:00Z","sensitivity":"RESTRICTED",
                 "subjects":[{"role":"CHILD","identifiers":[{"system":"nhs-number","value":"%s"}]}],
                 "summary":"Disclosure under investigation %s",
                 "details":{"policeReference":"13/777/26","childPresent":true,"note":"%s"}}""".formatted(TestIdentifiers.messageId(), childNhs, token, token);
    }
}
