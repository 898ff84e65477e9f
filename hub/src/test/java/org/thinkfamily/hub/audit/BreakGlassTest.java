package org.thinkfamily.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thinkfamily.hub.support.AgencyScenarios;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.OnPostgres;
import org.thinkfamily.hub.support.WebSession;

/**
 * Break-glass: a lead professional with no relationship to a family is refused, may open it by stating a reason, and
 * that read is recorded as break-glass with the reason, listed for managers and auditors and shown on the family's
 * page. Every entry of the access log says what allowed it and where the request came from.
 */
@OnPostgres
class BreakGlassTest extends AgencyScenarios {

    private static final String REASON = "a neighbour rang the front door about the children tonight";

    @Test
    void a_read_without_a_relationship_is_refused_unless_a_reason_is_stated_and_then_it_is_listed_and_shown()
            throws Exception {
        Family family = pushTheScenario();
        String path = "/api/v1/families/" + family.familyId();

        HubClient.Response refused = hub.get("lead", path);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("X-Break-Glass");

        HttpResponse<String> opened = hub.exchange("lead", "GET", path, null, "X-Break-Glass", REASON);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        // an agency system may not break glass: it reads no family at all
        assertThat(hub.exchange("police", "GET", path, null, "X-Break-Glass", REASON)
                        .statusCode())
                .isEqualTo(403);
        // a reason longer than the log holds is refused before anything is read
        assertThat(hub.exchange("lead", "GET", path, null, "X-Break-Glass", "r".repeat(501))
                        .statusCode())
                .isEqualTo(400);
        hub.get("manager", path);

        List<JsonNode> entries = await().atMost(Duration.ofSeconds(30))
                .until(() -> entries("/api/v1/audit/access?familyId=" + family.familyId()), e -> e.size() >= 3);
        assertThat(entries)
                .anySatisfy(e -> {
                    assertThat(e.get("user").asText()).isEqualTo("lead");
                    assertThat(e.get("action").asText()).isEqualTo("READ_FAMILY_DENIED");
                    assertThat(e.get("relationship").asText()).isEqualTo("NONE");
                    assertThat(e.get("client").asText()).isEqualTo("api");
                })
                .anySatisfy(e -> {
                    assertThat(e.get("user").asText()).isEqualTo("lead");
                    assertThat(e.get("action").asText()).isEqualTo("READ_FAMILY");
                    assertThat(e.get("relationship").asText()).isEqualTo("BREAK_GLASS");
                    assertThat(e.get("purpose").asText()).isEqualTo(REASON);
                })
                .anySatisfy(e -> {
                    assertThat(e.get("user").asText()).isEqualTo("manager");
                    assertThat(e.get("relationship").asText()).isEqualTo("MANAGER");
                });
        // by person: the child's families' entries
        assertThat(entries("/api/v1/audit/access?personId=" + family.childId()))
                .extracting(e -> e.get("familyId").asText())
                .contains(family.familyId());

        for (String reader : List.of("manager", "auditor")) {
            HubClient.Response listed = hub.get(reader, "/api/v1/audit/break-glass?familyId=" + family.familyId());
            assertThat(listed.status()).isEqualTo(200);
            assertThat(listed.json().get("entries")).hasSize(1);
            assertThat(listed.json().at("/entries/0/purpose").asText()).isEqualTo(REASON);
        }
        assertThat(hub.get("lead", "/api/v1/audit/break-glass").status()).isEqualTo(403);

        // the family's page says who opened it without a relationship, and why
        String page = signedIn("manager").get("/families/" + family.familyId());
        assertThat(page).contains("Opened without a working relationship", "lead", REASON);
        // on the pages: the refusal is a form to state the reason, posted (never in the address)
        WebSession hv = signedIn("hv");
        HttpResponse<String> refusedPage = hv.send("/families/" + family.familyId(), null);
        assertThat(refusedPage.statusCode()).isEqualTo(403);
        assertThat(refusedPage.body()).contains("You do not work with this family", "Why do you need to open");
        HttpResponse<String> noReason = hv.send("/families/" + family.familyId() + "/break-glass", "reason=+");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("Say why you need to open this family");
        HttpResponse<String> tooLong =
                hv.send("/families/" + family.familyId() + "/break-glass", "reason=" + "r".repeat(501));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("500 characters or fewer");
        HttpResponse<String> openedOnPage = hv.send(
                "/families/" + family.familyId() + "/break-glass",
                "reason=" + URLEncoder.encode("covering a colleague's visits", StandardCharsets.UTF_8));
        assertThat(openedOnPage.statusCode())
                .as("redirected to the family's page")
                .isEqualTo(200);
        assertThat(openedOnPage.uri().getPath()).isEqualTo("/families/" + family.familyId());
        assertThat(openedOnPage.uri().getQuery()).isNull();
        assertThat(openedOnPage.body()).contains("The five questions");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(entries("/api/v1/audit/break-glass?familyId=" + family.familyId()))
                        .extracting(e ->
                                e.get("user").asText() + ": " + e.get("purpose").asText())
                        .contains("hv: covering a colleague's visits"));
    }

    private List<JsonNode> entries(String path) {
        List<JsonNode> entries = new ArrayList<>();
        hub.get("auditor", path).json().get("entries").forEach(entries::add);
        return entries;
    }

    private WebSession signedIn(String user) throws Exception {
        return WebSession.signIn(port, user);
    }
}
