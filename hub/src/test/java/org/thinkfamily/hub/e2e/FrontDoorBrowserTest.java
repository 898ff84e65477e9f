package org.thinkfamily.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thinkfamily.hub.support.BrowserJourney;
import org.thinkfamily.hub.support.TestDatabases;
import org.thinkfamily.hub.support.TestIdentifiers;

/** The front door in a real browser: the public asks for help, a manager decides a contact from the queue. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FrontDoorBrowserTest extends BrowserJourney {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        TestDatabases.embedded(registry, "front-door-pages");
    }

    @Test
    void a_member_of_the_public_asks_for_help_without_signing_in() throws Exception {
        browser.open("/request-help");
        browser.check("request-help");
        browser.follow(By.cssSelector("main button[type=submit]"));
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".govuk-error-summary"))
                        .getText())
                .isNotBlank();
        browser.check("request-help-errors");

        type("aboutName", "Sam Taylor");
        type("aboutPostcode", "BD1 1AA");
        type("yourName", "A neighbour");
        type("yourContact", "07700 900123");
        type("worry", "The children are often alone at night.");
        browser.follow(By.cssSelector("main button[type=submit]"));
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".app-reference"))
                        .getText())
                .hasSize(8);
        browser.check("request-help-sent");
    }

    @Test
    void a_manager_decides_a_contact_from_the_queue_and_the_family_steps_up() throws Exception {
        String child = TestIdentifiers.nhsNumber();
        JsonNode contact =
                hub.post("manager", "/api/v1/contacts", """
                {"subjects":[{"role":"CHILD","identifiers":[{"system":"nhs-number","value":"%s"}],
                  "name":{"given":"Ava","family":"Brown"},"birthDate":"2016-04-01"}],
                 "reason":"Teacher worried about bruising","contactedBy":"Bradford school 2001"}""".formatted(child)).json();
        String contactId = contact.get("contactId").asText();

        browser.signIn("manager");
        browser.follow(By.id("contacts-link"));
        WebElement card = browser.driver().findElement(By.id("contact-" + contactId));
        assertThat(card.getText()).contains("Teacher worried about bruising", "Bradford school 2001");
        browser.check("contacts");

        // without a decision: told what to do, nothing decided
        browser.follow(card.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".govuk-error-summary"))
                        .getText())
                .contains("Choose a decision");
        browser.check("contacts-error");

        card = browser.driver().findElement(By.id("contact-" + contactId));
        card.findElement(By.cssSelector("input[value=EARLY_HELP_TIER_2]")).click();
        card.findElement(By.tagName("textarea")).sendKeys("One agency can lead: the school knows the family well.");
        browser.follow(card.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".govuk-notification-banner"))
                        .getText())
                .contains("Early help at tier 2");
        assertThat(browser.driver().findElements(By.id("contact-" + contactId))).isEmpty();

        assertThat(hub.get(
                                "manager",
                                "/api/v1/families/" + contact.get("familyId").asText())
                        .json()
                        .get("tier")
                        .asInt())
                .isEqualTo(2);
        browser.open("/contacts?status=DECIDED");
        assertThat(browser.driver().findElement(By.id("contact-" + contactId)).getText())
                .contains("Early help at tier 2");
    }

    private void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
