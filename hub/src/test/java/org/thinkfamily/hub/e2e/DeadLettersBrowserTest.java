package org.thinkfamily.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thinkfamily.hub.support.BrowserJourney;
import org.thinkfamily.hub.support.CanonicalEvents;
import org.thinkfamily.hub.support.TestDatabases;
import org.thinkfamily.hub.support.TestIdentifiers;

/** The managers' page of records the hub could not take, in a real browser: read, and take one again once fixed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeadLettersBrowserTest extends BrowserJourney {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        TestDatabases.embedded(registry, "dead-letters-page");
    }

    @Test
    void a_manager_reads_why_a_record_was_refused_and_taking_it_again_unchanged_says_why_it_still_fails()
            throws Exception {
        // a record refused for a wrong NHS check digit: taking it again as it is fails again, for the same reason
        String wrong =
                CanonicalEvents.emergencyAttendance(TestIdentifiers.messageId(), "2026-11-01T10:00:00Z", "9434765871");
        assertThat(hub.post("nhs", "/api/v1/events", wrong)
                        .json()
                        .at("/results/0/status")
                        .asText())
                .isEqualTo("REJECTED");
        browser.signIn("manager");
        browser.open("/dead-letters");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                .isEqualTo("Records the hub could not take");
        WebElement card = browser.driver().findElement(By.cssSelector(".govuk-summary-card"));
        assertThat(card.getText()).contains("subjects[0].identifiers[0].value", "canonical-events");
        browser.check("dead-letters");

        browser.follow(card.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".govuk-error-summary"))
                        .getText())
                .contains("subjects[0].identifiers[0].value");
        browser.check("dead-letters-still-failing");

        browser.signIn("lead");
        browser.open("/dead-letters");
        assertThat(browser.driver().getPageSource()).doesNotContain("Records the hub could not take");
    }
}
