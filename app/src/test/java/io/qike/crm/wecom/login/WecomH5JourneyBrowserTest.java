package io.qike.crm.wecom.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.qike.crm.support.Api;
import io.qike.crm.support.Browser;
import io.qike.crm.support.BrowserJourney;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.crm.wecom.WecomMembers;
import io.qike.crm.wecom.WecomSandboxSupport;
import io.qike.sandbox.wecom.core.WeComState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A member taps 企客CRM in the WeCom workbench on a phone and is on the H5 home, signed in, without a password. */
@IntegrationTest
class WecomH5JourneyBrowserTest extends BrowserJourney {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired WeComState state;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    Api admin;
    WecomSandboxSupport sandbox;

    @AfterEach
    void tearDown() {
        if (admin != null) admin.delete("/api/v1/wecom/connection");
        if (sandbox != null) sandbox.reset();
    }

    @Test
    void aMemberOpensTheH5HomeFromTheWorkbench() {
        TestTenant t = fixtures.tenant();
        sandbox = new WecomSandboxSupport(port);
        admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        admin.put("/api/v1/wecom/connection", Api.json(sandbox.fullConnection()));
        WecomMembers members = new WecomMembers(state, jdbc, tx);
        String userid = members.visibleActive().get(0).userid();
        members.bind(t.tenantId(), userid, t.rep1Id());
        sandbox.admin("PUT", "/oauth/current-user", "{\"userid\": \"" + userid + "\"}");

        Page page = browser.newPhonePage("http://localhost:" + port, 31.23, 121.47);
        try {
            page.navigate("/wecom/h5/" + WecomSandboxSupport.CORP);
            // WeCom's authorize address ends in #wechat_redirect, which the browser keeps through the redirects.
            page.waitForURL(url -> java.net.URI.create(url).getPath().equals("/h5"));
            assertThat(page.locator("#tab-home").isVisible()).isTrue();
            assertThat(page.locator("#notification-bell").isVisible()).isTrue();
            page.click("#tab-messages");
            page.waitForURL(url -> java.net.URI.create(url).getPath().equals("/h5/messages"));
            assertThat(page.locator("#h5-no-messages").isVisible()).isTrue();
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(page, "wecom-h5-journey");
            throw e;
        }
    }
}
