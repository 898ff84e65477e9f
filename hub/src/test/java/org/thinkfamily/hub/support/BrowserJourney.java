package org.thinkfamily.hub.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser journey has: the hub it runs against (a Spring Boot test on a random port, with a
 * database of its subclass's own), an HTTP client for setting the scene as agencies would, and a fresh
 * headless Chromium per test.
 */
@RequiresBrowser
public abstract class BrowserJourney {

    @LocalServerPort
    protected int port;

    protected HubClient hub;
    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        hub = new HubClient(port);
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** A family known to the police, a school and a hospital through one child, its timeline landed; its id. */
    protected String familyOfThreeAgencies() {
        String child = TestIdentifiers.nhsNumber();
        hub.post(
                "police",
                "/api/v1/events",
                CanonicalEvents.domesticAbuse(
                        TestIdentifiers.messageId(), "2026-11-20T22:15:00Z", TestIdentifiers.niNumber(), child));
        hub.post(
                "school",
                "/api/v1/events",
                CanonicalEvents.schoolAttendance(
                        TestIdentifiers.messageId(), "2026-10-24T15:30:00Z", TestIdentifiers.upn(), child));
        hub.post(
                "nhs",
                "/api/v1/events",
                CanonicalEvents.emergencyAttendance(TestIdentifiers.messageId(), "2026-11-22T09:05:00Z", child));
        String familyId = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + child)
                .json()
                .at("/people/0/familyIds/0")
                .asText();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> hub.get("manager", "/api/v1/families/" + familyId + "/timeline")
                                .json()
                                .get("entries")
                                .size()
                        == 3);
        return familyId;
    }
}
