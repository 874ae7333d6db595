package io.qike.crm.wecom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.qike.crm.contact.ContactDraft;
import io.qike.crm.contact.ContactService;
import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.support.Api;
import io.qike.crm.support.Browser;
import io.qike.crm.support.BrowserJourney;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.wecom.core.WeComState;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A sales rep opens the chat sidebar (360 px) beside a one-to-one chat in the simulated WeCom client: the page's own
 * script signs itself with the agent ticket through the sandbox's stand-in JS-SDK, reads the chat's external contact,
 * shows its customer, and takes a sales record; beside a group chat it says group chats are not supported yet.
 */
@IntegrationTest
class WecomSidebarBrowserTest extends BrowserJourney {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired WecomClients clients;
    @Autowired ExternalContactLinks links;
    @Autowired CustomerService customers;
    @Autowired ContactService contacts;
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
    void theSidebarShowsTheChatsCustomerAndTakesASalesRecord() throws Exception {
        TestTenant t = fixtures.tenant();
        sandbox = new WecomSandboxSupport(port);
        admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        org.assertj.core.api.Assertions.assertThat(admin.put("/api/v1/wecom/connection", Api.json(sandbox.fullConnection())).status()).isEqualTo(200);
        String external = WecomSidebarTest.externalUserIdFollowedBy(t.rep1Id(), clients, new WecomMembers(state, jdbc, tx), admin, t.tenantId());
        long contactId = fixtures.as(t.rep1Id(), () -> contacts.create(new ContactDraft(
                customers.create(CustomerDraft.builder().name("上海侧边栏浏览器有限公司").build()).id(),
                "李经理", "13900000002", null, "总经理", null, null, Map.of())));
        fixtures.as(t.rep1Id(), () -> links.link(external, contactId));
        sandbox.admin("PUT", "/jssdk/context", Api.json(Map.of("entry", "single_chat_tools", "external_userid", external)));

        Page page = browser.newPhonePage("http://localhost:" + port, 30.259, 120.13);
        page.setViewportSize(360, 720);
        try {
            Browser.signIn(page, t.login("rep1"));
            page.navigate("/wecom/sidebar");
            assertThat(page.locator("#sidebar-customer-name")).hasText("上海侧边栏浏览器有限公司");
            assertThat(page.locator("#sidebar-contact-name")).hasText("李经理");
            Browser.htmxSettled(page);
            page.fill("#sidebar-record-content", "企业微信里约了下周拜访");
            page.click("#sidebar-record-save");
            assertThat(page.locator(".sidebar-record-content").first()).hasText("企业微信里约了下周拜访");
            org.assertj.core.api.Assertions.assertThat((Number) page.evaluate("document.documentElement.scrollWidth"))
                    .as("no sideways scrolling at 360 px").matches(w -> w.intValue() <= 360);

            sandbox.admin("PUT", "/jssdk/context", "{\"entry\":\"group_chat_tools\"}");
            page.reload();
            assertThat(page.locator("#sidebar-status")).hasText("暂不支持群聊，请在与客户的单聊中使用侧边栏。");
            assertThat(page.locator("#sidebar-linked")).hasCount(0);
        } catch (AssertionError | RuntimeException e) {
            Browser.screenshot(page, "wecom-sidebar");
            throw e;
        } finally {
            page.context().close();
        }
    }
}
