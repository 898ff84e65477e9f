package org.thinkfamily.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thinkfamily.hub.support.BrowserJourney;
import org.thinkfamily.hub.support.TestDatabases;

/**
 * The shared assessment in a real browser: the school's safeguarding lead starts it and adds a danger statement and a
 * score; the lead professional sees both, attributed, and adds a goal and a worry for professionals only; the family's
 * plan shows the goal in plain words and not that worry; a review closes the cycle, which still reads as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentBrowserTest extends BrowserJourney {

    static final String DANGER = "We are worried the children are not safe at home when Dad has been drinking.";
    static final String PROFESSIONALS_ONLY = "Police intelligence about Dad's associates.";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        TestDatabases.embedded(registry, "assessment-pages");
    }

    @Test
    void the_team_builds_the_assessment_together_and_the_family_gets_its_plan() throws Exception {
        String familyId = familyOfThreeAgencies();
        String family = "/api/v1/families/" + familyId;
        assertThat(hub.post("manager", family + "/team", "{\"user\":\"dsl\",\"agency\":\"bradford-school\"}")
                        .status())
                .isEqualTo(201);
        hub.post("manager", family + "/lead-professional", "{\"user\":\"lead\"}");

        // the school's safeguarding lead starts the assessment from the page
        browser.signIn("dsl");
        browser.open("/families/" + familyId + "/assessment");
        browser.check("assessment-not-started");
        click("start");
        assertThat(text(".govuk-notification-banner")).contains("The assessment is started");
        assertThat(text("#cycle")).contains("Cycle 1 (open)");

        // an empty worry is refused, in an error summary that says what to do
        openDetails("Add a worry");
        click("add-worry");
        assertThat(text(".govuk-error-summary"))
                .contains("Choose what kind of worry this is", "Write what you are worried about");
        browser.check("assessment-errors");

        choose("worry-kind-2"); // a danger statement
        type("worry-text", DANGER);
        click("add-worry");
        assertThat(text(".govuk-notification-banner")).contains("Danger statement added");

        // a score out of range is refused; then a 3
        openDetails("Record a score");
        type("participant", "Designated safeguarding lead");
        type("score", "11");
        click("add-score");
        assertThat(text(".govuk-error-summary")).contains("Enter a score from 0 to 10");
        assertThat(browser.driver().findElement(By.id("participant")).getAttribute("value"))
                .isEqualTo("Designated safeguarding lead");
        type("score", "3");
        click("add-score");
        assertThat(text(".app-scores")).contains("Designated safeguarding lead", "3", "dsl (bradford-school)");
        browser.check("assessment-dsl");

        // the lead professional sees both, with who wrote them
        browser.signIn("lead");
        browser.open("/families/" + familyId);
        click("assessment-link");
        WebElement danger = browser.driver().findElement(By.cssSelector(".app-column--worries .app-entry"));
        assertThat(danger.getText()).contains("Danger statement", DANGER, "dsl (bradford-school)");
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".app-scaling-chart"))
                        .getAttribute("role"))
                .isEqualTo("img");

        // a goal with a next step, and a worry for professionals only
        openDetails("Add a goal");
        type("goal-text", "The children are safe at home every evening.");
        type("step-text-1", "Agree a safety plan for evenings with Mum");
        type("step-owner-1", "Lead professional");
        date("step-due-1", LocalDate.now().plusWeeks(2));
        click("add-goal");
        assertThat(text(".govuk-notification-banner")).contains("Goal added");
        assertThat(text(".app-goal"))
                .contains(
                        "The children are safe at home every evening.",
                        "Agree a safety plan",
                        "Lead professional",
                        "To do");

        openDetails("Add a worry");
        choose("worry-kind-3");
        type("worry-text", PROFESSIONALS_ONLY);
        browser.driver()
                .findElement(By.cssSelector("label[for=worry-professional-only]"))
                .click();
        click("add-worry");
        assertThat(text(".app-column--worries")).contains(PROFESSIONALS_ONLY, "Professionals only");
        browser.check("assessment");
        browser.open("/families/" + familyId + "/assessment#needs-to-happen");
        browser.check("assessment-goals-and-scaling");

        // the family's plan: the goal in plain words, not the professionals' worry
        click("plan-link");
        String plan = text("main");
        assertThat(plan)
                .contains(
                        "What people are worried about",
                        DANGER,
                        "What needs to happen",
                        "The children are safe at home every evening.",
                        "Lead professional will do this by");
        assertThat(plan).doesNotContain(PROFESSIONALS_ONLY, "dsl", "bradford-school");
        browser.check("plan");
        // printed on A4 by the browser's own print: kept beside the screenshots to look at
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        byte[] pdf = Base64.getDecoder()
                .decode(((PrintsPage) browser.driver()).print(a4).getContent());
        Files.write(Path.of("target", "browser", "plan.pdf"), pdf);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // the review closes cycle 1; cycle 1 still reads as it was
        browser.open("/families/" + familyId + "/assessment");
        type("review-summary", "Evening safety plan agreed; the school sees the children every day.");
        click("review");
        assertThat(text("#cycle")).contains("Cycle 2 (open)");
        assertThat(text(".app-history")).contains("Cycle 1", "lead", "Evening safety plan agreed");
        browser.follow(By.cssSelector(".app-cycle-link"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("?cycle=1");
        assertThat(text(".app-closed-cycle")).contains("cycle 1", "lead", "Evening safety plan agreed");
        assertThat(text(".app-column--worries")).contains(DANGER);
        assertThat(browser.driver().findElements(By.cssSelector("main form"))).isEmpty();
        browser.check("assessment-cycle-1");
    }

    @Test
    void an_auditor_reads_the_assessment_and_writes_nothing() throws Exception {
        String familyId = familyOfThreeAgencies();
        assertThat(hub.post("manager", "/api/v1/families/" + familyId + "/assessment", "")
                        .status())
                .isEqualTo(201);

        browser.signIn("auditor");
        browser.open("/families/" + familyId + "/assessment");
        assertThat(text("h1")).contains("Signs of Safety assessment");
        assertThat(browser.driver().findElements(By.cssSelector("main form"))).isEmpty();
        browser.check("assessment-auditor");

        // a practitioner off the team does not see it
        browser.signIn("dsl");
        browser.open("/families/" + familyId + "/assessment");
        assertThat(text("h1")).isEqualTo("You cannot see this page");
        browser.open("/families/" + familyId + "/plan");
        assertThat(text("h1")).isEqualTo("You cannot see this page");
    }

    private String text(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText();
    }

    private void click(String id) {
        browser.follow(By.id(id));
    }

    private void choose(String id) {
        browser.driver().findElement(By.cssSelector("label[for=" + id + "]")).click();
    }

    private void type(String id, String value) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    /** A date input takes its value as the browser's locale writes dates; set it as the form posts it. */
    private void date(String id, LocalDate value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1]", browser.driver().findElement(By.id(id)), value.toString());
    }

    private void openDetails(String summary) {
        List<WebElement> details = browser.driver().findElements(By.cssSelector("details.app-add"));
        for (WebElement d : details) {
            WebElement s = d.findElement(By.cssSelector("summary"));
            if (s.getText().contains(summary)) {
                if (d.getAttribute("open") == null) {
                    s.click();
                }
                return;
            }
        }
        throw new AssertionError("no details " + summary);
    }
}
