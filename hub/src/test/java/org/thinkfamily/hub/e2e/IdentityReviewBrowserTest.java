package org.thinkfamily.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thinkfamily.hub.support.AgencyScenarios;
import org.thinkfamily.hub.support.BrowserJourney;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.TestDatabases;
import org.thinkfamily.hub.support.TestIdentifiers;

/** The manager's identity review page in a real browser, against the hub on the embedded default. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityReviewBrowserTest extends BrowserJourney {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        TestDatabases.embedded(registry, "browser");
    }

    record QueuedPair(String pairId, String personA, String personB, String family) {}

    @Test
    void a_manager_links_one_pair_and_records_another_as_two_people() throws Exception {
        QueuedPair child = hospitalAndSchoolRecordsOfOneChild();
        QueuedPair twins = twins();

        browser.signIn("manager");
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".app-signed-in-user"))
                        .getText())
                .isEqualTo("manager");
        browser.check("start");
        browser.follow(By.id("identity-review-link"));
        assertThat(browser.driver().getTitle()).startsWith("Possible matches");

        WebElement pair = browser.driver().findElement(By.id("pair-" + child.pairId()));
        assertThat(texts(pair, ".app-person-id")).containsExactlyInAnyOrder(child.personA(), child.personB());
        assertThat(texts(pair, ".app-person-name"))
                .containsExactlyInAnyOrder("Ella " + child.family(), "Grace " + child.family());
        assertThat(texts(pair, ".app-person-birth-date")).containsOnly("21 January 2015");
        assertThat(texts(pair, ".app-identifier")).hasSize(2);
        assertThat(texts(pair, ".app-evidence")).contains("Given name DISAGREE -4.0", "Date of birth AGREE 8.0");
        Files.copy(browser.check("review"), Path.of("/tmp/review.png"), StandardCopyOption.REPLACE_EXISTING);
        String familyId = hub.get("manager", "/api/v1/people/" + child.personA())
                .json()
                .at("/familyIds/0")
                .asText();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(hub.get("auditor", "/api/v1/audit/access?familyId=" + familyId)
                                .json()
                                .get("entries"))
                        .as("showing the pair is a recorded read")
                        .anySatisfy(entry -> {
                            assertThat(entry.get("user").asText()).isEqualTo("manager");
                            assertThat(entry.get("action").asText()).isEqualTo("READ_PERSON");
                            assertThat(entry.get("purpose").asText()).isEqualTo("identity review");
                        }));

        browser.follow(pair.findElement(By.cssSelector("button.app-confirm")));
        assertThat(banner()).startsWith("Linked:").contains("now one person");
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".govuk-notification-banner"))
                        .getDomAttribute("data-govuk-notification-banner-init"))
                .as("GOV.UK Frontend's script ran")
                .isNotNull();
        String person = hub.get("manager", "/api/v1/people/" + child.personA())
                .json()
                .get("personId")
                .asText();
        assertThat(hub.get("manager", "/api/v1/people/" + child.personB()).text("/personId"))
                .isEqualTo(person);
        assertThat(browser.driver().findElements(By.id("pair-" + child.pairId())))
                .isEmpty();

        browser.follow(browser.driver()
                .findElement(By.id("pair-" + twins.pairId()))
                .findElement(By.cssSelector("button.app-reject")));
        assertThat(banner()).startsWith("Recorded as two people").contains(twins.personA(), twins.personB());
        assertThat(hub.get("manager", "/api/v1/people/" + twins.personA()).text("/personId"))
                .isEqualTo(twins.personA());
        assertThat(hub.get("manager", "/api/v1/people/" + twins.personB()).text("/personId"))
                .isEqualTo(twins.personB());
        assertThat(openPairIds()).doesNotContain(child.pairId(), twins.pairId());

        // every decision can be explained on the person's page
        browser.open("/people/" + person);
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("Linked (review confirmed)", "Given name", child.personA(), child.personB());
        browser.check("person");
    }

    @Test
    void a_pair_decided_meanwhile_shows_why_and_a_post_without_the_csrf_token_is_refused() throws Exception {
        QueuedPair twins = twins();
        browser.signIn("manager");
        browser.open("/identity/review");
        WebElement pair = browser.driver().findElement(By.id("pair-" + twins.pairId()));

        HttpResponse<String> forged =
                session(HttpRequest.newBuilder(uri("/identity/review/" + twins.pairId() + "/confirm"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(openPairIds()).contains(twins.pairId());

        assertThat(hub.post("manager", "/api/v1/identity/review/" + twins.pairId() + "/reject", "")
                        .status())
                .isEqualTo(200);
        browser.follow(pair.findElement(By.cssSelector("button.app-confirm")));
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".govuk-error-summary"))
                        .getText())
                .contains("There is a problem", "review pair " + twins.pairId() + " is already REJECTED");
        assertThat(hub.get("manager", "/api/v1/people/" + twins.personA()).text("/personId"))
                .isEqualTo(twins.personA());
    }

    @Test
    void a_lead_professional_may_not_open_the_review_page() throws Exception {
        browser.open("/");
        assertThat(browser.driver().getTitle()).startsWith("Sign in");
        browser.check("sign-in");
        browser.signIn("lead");
        assertThat(browser.driver().findElements(By.id("identity-review-link"))).isEmpty();
        browser.open("/identity/review");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("You cannot see this page");
        browser.check("forbidden");
        assertThat(session(HttpRequest.newBuilder(uri("/identity/review")).GET())
                        .statusCode())
                .isEqualTo(403);
    }

    /** The hospital knows a child by NHS number, the school by UPN, under another given name: matching only queues them. */
    private QueuedPair hospitalAndSchoolRecordsOfOneChild() {
        String family = AgencyScenarios.familyName();
        String nhs = TestIdentifiers.nhsNumber();
        String upn = TestIdentifiers.upn();
        accepted("nhs", AgencyScenarios.hospitalRecordOfChild(family, nhs));
        accepted("school", AgencyScenarios.schoolRecordOfSameChild(family, upn));
        String a = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + nhs)
                .json()
                .at("/people/0/personId")
                .asText();
        String b = hub.get("manager", "/api/v1/people?identifier=upn%7C" + upn)
                .json()
                .at("/people/0/personId")
                .asText();
        return new QueuedPair(pairOf(a), a, b, family);
    }

    /** Two children of one incident, same family name, birth date and postcode, different given names. */
    private QueuedPair twins() {
        String family = AgencyScenarios.familyName();
        accepted("police", """
                {"source":{"agency":"west-yorkshire-police","sector":"POLICE","messageId":"%s"},"type":"DOMESTIC_ABUSE_INCIDENT",
                 "occurredAt":"2026-11-20T10:00:00Z","subjects":[
                   {"role":"CHILD","name":{"given":"Amy","family":"%s"},"birthDate":"2016-05-05","address":{"postcode":"BD7 1DP"}},
                   {"role":"CHILD","name":{"given":"Ava","family":"%s"},"birthDate":"2016-05-05","address":{"postcode":"BD7 1DP"}}],
                 "details":{"policeReference":"13/2/26","childPresent":true}}""".formatted(TestIdentifiers.messageId(), family, family));
        List<String> ids =
                jdbc.queryForList("select person_id from person_directory where family_name = ?", String.class, family);
        assertThat(ids).hasSize(2);
        return new QueuedPair(pairOf(ids.get(0)), ids.get(0), ids.get(1), family);
    }

    private String pairOf(String personId) {
        return StreamSupport.stream(
                        hub.get("manager", "/api/v1/identity/review")
                                .json()
                                .get("pairs")
                                .spliterator(),
                        false)
                .filter(p -> p.get("personIds").toString().contains(personId))
                .map(p -> p.get("pairId").asText())
                .findFirst()
                .orElseThrow();
    }

    private List<String> openPairIds() {
        return StreamSupport.stream(
                        hub.get("manager", "/api/v1/identity/review")
                                .json()
                                .get("pairs")
                                .spliterator(),
                        false)
                .map(p -> p.get("pairId").asText())
                .toList();
    }

    private void accepted(String agency, String event) {
        HubClient.Response response = hub.post(agency, "/api/v1/events", event);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().at("/results/0/status").asText())
                .as(response.body())
                .isEqualTo("ACCEPTED");
    }

    private String banner() {
        return browser.driver()
                .findElement(By.cssSelector(".govuk-notification-banner--success .govuk-notification-banner__heading"))
                .getText();
    }

    private static List<String> texts(WebElement within, String css) {
        return within.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .map(t -> t.replaceAll("\\s+", " ").strip())
                .toList();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A plain HTTP request in the browser's session: what a forged cross-site form would send, without the CSRF token. */
    private HttpResponse<String> session(HttpRequest.Builder request) throws Exception {
        return HTTP.send(
                request.header("Cookie", browser.sessionCookie()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
