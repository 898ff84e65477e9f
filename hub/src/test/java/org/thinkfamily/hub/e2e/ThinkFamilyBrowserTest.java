package org.thinkfamily.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thinkfamily.hub.support.BrowserJourney;
import org.thinkfamily.hub.support.TestDatabases;

/** The lead professional's journey in a real browser: my families, the family page, the timeline filtered to a sector. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ThinkFamilyBrowserTest extends BrowserJourney {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        TestDatabases.embedded(registry, "think-family-pages");
    }

    @Test
    void a_lead_professional_opens_their_family_and_reads_its_school_records() throws Exception {
        String familyId = familyOfThreeAgencies();
        hub.post("manager", "/api/v1/families/" + familyId + "/lead-professional", "{\"user\":\"lead\"}");
        hub.post(
                "manager",
                "/api/v1/families/" + familyId + "/tier",
                "{\"tier\":2,\"reason\":\"repeat contacts from school\"}");

        browser.signIn("lead");
        browser.open("/families");
        browser.check("my-families");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector(".app-family-row"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("Jane Smith", "Mary Smith", "Tier 2");
        browser.follow(rows.get(0).findElement(By.cssSelector(".app-family-link")));

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("Jane Smith");
        WebElement school = browser.driver().findElement(By.id("question-schoolAttendance"));
        assertThat(school.findElement(By.cssSelector(".app-question-status")).getText())
                .isEqualTo("Concern");
        assertThat(school.getText()).contains("84.0%");
        assertThat(browser.driver().findElement(By.id("question-work")).getText())
                .contains("Not known");
        browser.check("family");

        // a fact's evidence: the record behind it, on the timeline
        browser.follow(school.findElement(By.cssSelector(".app-evidence")));
        assertThat(browser.driver().getCurrentUrl()).contains("/timeline#event-");
        String anchored = browser.driver()
                .getCurrentUrl()
                .substring(browser.driver().getCurrentUrl().indexOf('#') + 1);
        assertThat(browser.driver().findElement(By.id(anchored)).getText()).contains("School attendance summary");
        browser.driver().navigate().back();

        browser.follow(By.id("timeline-link"));
        // three agencies' records and the manager's two decisions (lead professional, tier)
        assertThat(browser.driver().findElements(By.cssSelector(".app-timeline-entry")))
                .hasSize(5);
        assertThat(browser.driver().findElement(By.tagName("table")).getText())
                .contains("Tier 2 decided: repeat contacts from school");
        new Select(browser.driver().findElement(By.id("sector"))).selectByValue("EDUCATION");
        browser.follow(By.id("apply-filters"));
        List<WebElement> entries = browser.driver().findElements(By.cssSelector(".app-timeline-entry"));
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).getText()).contains("School attendance summary", "Education");
        browser.check("timeline-education");

        // a practitioner on the team writes in the shared assessment: on the lead's next visit it is new
        await().atMost(Duration.ofSeconds(30))
                .until(() -> hub.accessActions(familyId, "lead").contains("READ_FAMILY"));
        hub.post(
                "manager",
                "/api/v1/families/" + familyId + "/team",
                "{\"user\":\"dsl\",\"agency\":\"bradford-school\"}");
        String assessmentId = hub.post("dsl", "/api/v1/families/" + familyId + "/assessment", "")
                .json()
                .get("assessmentId")
                .asText();
        hub.post(
                "dsl",
                "/api/v1/assessments/" + assessmentId + "/worries",
                "{\"kind\":\"DANGER_STATEMENT\",\"text\":\"Jane may be hurt if the arguments at home go on.\"}");
        browser.open("/families/" + familyId);
        assertThat(browser.driver().findElement(By.id("whats-new")).getText())
                .contains("dsl (bradford-school) added to the shared assessment: a worry");

        // a family the lead does not work with is not theirs to open, unless they say why (break-glass)
        String other = familyOfThreeAgencies();
        browser.open("/families/" + other);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                .isEqualTo("You do not work with this family");
        browser.check("break-glass");
    }

    /** An auditor's subject access document, then the timeline and the document once the child was erased. */
    @Test
    void an_auditor_reads_what_is_held_about_a_child_and_after_erasure_sees_what_remains() throws Exception {
        String familyId = familyOfThreeAgencies(); // its three records on the timeline
        String childId = null;
        for (var member :
                hub.get("manager", "/api/v1/families/" + familyId).json().get("members")) {
            if ("CHILD".equals(member.get("role").asText())) {
                childId = member.get("personId").asText();
            }
        }
        String document =
                "http://auditor:auditor-demo@localhost:" + port + "/api/v1/people/" + childId + "/export?format=html";
        browser.driver().get(document);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                .startsWith("Everything the hub holds about");
        browser.check("subject-access");

        assertThat(hub.post(
                                "auditor",
                                "/api/v1/people/" + childId + "/erase",
                                "{\"reason\":\"subject's request, ref 2026/114\"}")
                        .status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> hub.get("manager", "/api/v1/families/" + familyId + "/timeline")
                        .body()
                        .contains("\"erased\":true"));
        browser.signIn("manager");
        browser.open("/families/" + familyId + "/timeline");
        assertThat(browser.driver().findElements(By.cssSelector(".app-timeline-entry")))
                .hasSize(3)
                .allSatisfy(entry -> assertThat(entry.getText()).contains("Erased"));
        browser.check("timeline-erased");
        browser.driver().get(document);
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("This person's personal data was erased")
                .doesNotContain("Jane");
        browser.check("subject-access-erased");
    }
}
