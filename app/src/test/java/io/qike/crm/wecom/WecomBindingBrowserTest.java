package io.qike.crm.wecom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.Api;
import io.qike.crm.support.Browser;
import io.qike.crm.support.BrowserJourney;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator syncs the WeCom directory from 账号绑定, binds a member to the Qike user the page suggests, and
 * creates a Qike account for another member with the checkboxes, in real headless Chromium.
 */
@IntegrationTest
class WecomBindingBrowserTest extends BrowserJourney {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    TestTenant t;
    Api admin;
    WecomSandboxSupport sandbox;
    List<String> members = List.of();

    @AfterEach
    void tearDown() {
        if (admin != null) {
            members.forEach(m -> admin.delete("/api/v1/wecom/members/" + m + "/binding"));
            admin.delete("/api/v1/wecom/connection");
        }
        if (sandbox != null) sandbox.reset();
    }

    @Test
    void adminBindsASuggestedUserThenCreatesAQikeAccountForAnotherMember() {
        t = fixtures.tenant();
        sandbox = new WecomSandboxSupport(port);
        admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        Api.Response connected = admin.put("/api/v1/wecom/connection", Api.json(sandbox.fullConnection()));
        org.assertj.core.api.Assertions.assertThat(connected.status()).as(connected.body()).isEqualTo(200);
        long dept = sandbox.admin("GET", "/apps/app", null).json().get("visible_departments").get(0).asLong();
        String mobile = "1396" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        String suggested = "Bind" + t.prefix();
        String newcomer = "New" + t.prefix();
        members = List.of(suggested, newcomer);
        for (Map<String, Object> m : List.of(Map.<String, Object>of("userid", suggested, "name", "某某某", "department", List.of(dept), "mobile", mobile),
                Map.<String, Object>of("userid", newcomer, "name", "钱新人", "department", List.of(dept), "mobile", mobile.replace("1396", "1395")))) {
            Api.Response added = sandbox.admin("POST", "/directory/members", Api.json(m));
            org.assertj.core.api.Assertions.assertThat(added.status()).as(added.body()).isLessThan(300);
        }
        // rep1 (李销售) has the member's mobile: the page suggests them first.
        TenantContext.runAs(t.tenantId(), () -> jdbc.sql("update app_user set mobile = ? where id = ?").params(mobile, t.rep1Id()).update());

        Page page = browser.newPage("http://localhost:" + port);
        try {
            Browser.signIn(page, t.login("admin"));
            page.navigate("/admin/wecom/binding");
            page.click("#sync-start");
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                var log = admin.get("/api/v1/wecom/directory/syncs").json();
                return log.size() > 0 && log.get(0).hasNonNull("finishedAt");
            });

            page.navigate("/admin/wecom/binding");
            assertThat(page.locator("#tab-unbound")).hasClass(java.util.regex.Pattern.compile("active"));
            assertThat(page.locator("#members .member-row").first()).isVisible();
            search(page, suggested);
            page.click("#bind-" + suggested);
            assertThat(page.locator("#suggest-" + suggested + " .suggestion").first()).containsText("李销售");
            assertThat(page.locator("#suggest-" + suggested + " .suggestion").first()).containsText("手机号相同");
            page.locator("#suggest-" + suggested + " .suggestion-bind").first().click();
            page.waitForURL(url -> java.net.URI.create(url).getPath().equals("/admin/wecom/binding"));

            page.click("#tab-bound");
            page.waitForURL(url -> url.contains("bound=true"));
            search(page, suggested);
            assertThat(page.locator("#member-" + suggested)).containsText("李销售");

            page.navigate("/admin/wecom/binding");
            search(page, newcomer);
            page.check("#pick-" + newcomer);
            page.selectOption("#create-users-role", String.valueOf(t.salesRoleId()));
            page.click("#create-users-submit");
            assertThat(page.locator("#outcome-" + newcomer)).containsText("已新建用户并绑定");

            page.click("#created-see-bound");
            page.waitForURL(url -> url.contains("bound=true"));
            search(page, newcomer);
            assertThat(page.locator("#member-" + newcomer)).containsText("钱新人");
            assertThat(page.locator("#member-" + newcomer + " .member-unbind")).isVisible();
        } catch (AssertionError | RuntimeException e) {
            Browser.screenshot(page, "wecom-binding-journey");
            throw e;
        } finally {
            page.context().close();
        }
    }

    /** Types into the member search; the list is swapped in by htmx. */
    private static void search(Page page, String text) {
        page.locator("#q").pressSequentially(text);
        assertThat(page.locator("#members .member-row")).hasCount(1);
        Browser.htmxSettled(page);
    }
}
