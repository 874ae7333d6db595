package io.qike.crm.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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

    /** A journey fails when a page it opened broke the Content-Security-Policy or threw an uncaught error. */
    @AfterEach
    void pagesRanCleanly() {
        if (browser == null) return;
        assertThat(browser.takeProblems()).as("Content-Security-Policy violations and uncaught script errors").isEmpty();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) browser.close();
    }
}
