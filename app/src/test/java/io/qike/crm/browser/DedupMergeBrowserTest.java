package io.qike.crm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.qike.crm.contact.ContactDraft;
import io.qike.crm.contact.ContactService;
import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.support.Browser;
import io.qike.crm.support.BrowserJourney;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 查重 → 合并 → choose the values → the surviving customer has the other's contact. */
@IntegrationTest
class DedupMergeBrowserTest extends BrowserJourney {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired ContactService contacts;

    @Test
    void adminFindsTwoLookAlikesMergesThemAndTheSurvivorShowsTheMovedContact() {
        TestTenant t = fixtures.tenant();
        long kept = fixtures.as(t.adminId(), () -> customers.create(CustomerDraft.builder().name("苏州瑞丰精密机械有限公司")
                .phone("0512-68251234").build()).id());
        long gone = fixtures.as(t.adminId(), () -> customers.create(CustomerDraft.builder().name("苏州瑞丰精密机械（集团）股份有限公司")
                .phone("0512-68259999").build()).id());
        fixtures.as(t.adminId(), () -> contacts.create(new ContactDraft(gone, "周建国", "13900139000", null, "采购经理", null, null, Map.of())));
        Page page = browser.newPage("http://localhost:" + port);
        try {
            Browser.signIn(page, t.login("admin"));
            page.navigate("/dedup?q=瑞丰精密");
            assertThat(page.locator(".dedup-alike .reason-name")).containsText("名称相似");
            page.click(".dedup-merge");

            assertThat(page.locator("h2.page-title")).hasText("合并客户");
            // The values follow the customer kept; the phone is taken from the other one.
            page.check("#survivor-" + kept);
            assertThat(page.locator("input[name='v.name'][value='" + kept + "']")).isChecked();
            page.check("input[name='v.phone'][value='" + gone + "']");
            page.click("#confirm-merge");

            page.waitForURL("**/customers/" + kept);
            assertThat(page.locator("#customer-name")).hasText("苏州瑞丰精密机械有限公司");
            assertThat(page.locator("main")).containsText("0512-68259999");
            assertThat(page.locator("#customer-contacts")).containsText("周建国");

            page.navigate("/customers/" + gone);
            page.waitForURL("**/customers/" + kept);
            assertThat(page.locator(".alert-success")).containsText("客户已合并到此客户。");
        } catch (AssertionError | RuntimeException e) {
            Browser.screenshot(page, "dedup-merge");
            throw e;
        } finally {
            page.context().close();
        }
    }
}
