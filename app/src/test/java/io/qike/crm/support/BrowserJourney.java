package io.qike.crm.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser journey over the running app: one Chromium per test class (skipped, with a reason, where it is missing). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserJourney {
    @LocalServerPort protected int port;
    protected Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) browser.close();
    }
}
