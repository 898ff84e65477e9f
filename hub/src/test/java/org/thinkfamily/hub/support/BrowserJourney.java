package org.thinkfamily.hub.support;

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
}
