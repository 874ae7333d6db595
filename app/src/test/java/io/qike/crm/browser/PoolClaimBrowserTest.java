package io.qike.crm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.pool.PoolCustomers;
import io.qike.crm.pool.PoolDraft;
import io.qike.crm.pool.Pools;
import io.qike.crm.support.Browser;
import io.qike.crm.support.BrowserJourney;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A sales rep claims a customer from 公海, finds it among their customers and returns it with a reason, in headless Chromium. */
@IntegrationTest
class PoolClaimBrowserTest extends BrowserJourney {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired Pools pools;
    @Autowired PoolCustomers poolCustomers;

    @Test
    void repClaimsFromThePublicPoolSeesItInTheirCustomersAndReturnsIt() {
        TestTenant t = fixtures.tenant();
        fixtures.asRun(t.adminId(), () -> {
            long pool = pools.create(new PoolDraft("华东公海", List.of("level"), null, 0, List.of(), List.of(t.salesDeptId()), List.of())).id();
            long a = customers.create(CustomerDraft.named("杭州公海网络科技有限公司")).id();
            long b = customers.create(CustomerDraft.named("宁波海港贸易有限公司")).id();
            poolCustomers.moveIn(pool, List.of(a, b));
        });
        Page page = browser.newPage("http://localhost:" + port);
        try {
            Browser.signIn(page, t.login("rep1"));
            page.navigate("/customers");
            assertThat(page.locator("#customer-table a.customer-link")).hasCount(0);
            page.click("#nav-pools");
            assertThat(page.locator("#pool-name")).hasText("华东公海");
            assertThat(page.locator("#pool-customers .pool-customer")).hasCount(2);
            page.locator("#pool-customers .pool-customer", new Page.LocatorOptions().setHasText("杭州公海网络科技有限公司"))
                    .locator(".pool-claim").click();
            assertThat(page.locator("#pool-flash")).containsText("杭州公海网络科技有限公司");
            assertThat(page.locator("#pool-customers .pool-customer")).hasCount(1);

            page.click("#nav-customers");
            assertThat(page.locator("#customer-table a.customer-link")).hasCount(1);
            assertThat(page.locator("#customer-table")).containsText("杭州公海网络科技有限公司");
            page.click("#customer-table a.customer-link");
            page.fill("#return-reason", "客户暂无采购计划");
            page.click("#pool-return-submit");
            assertThat(page.locator("#pool-flash")).containsText("杭州公海网络科技有限公司");
            assertThat(page.locator("#pool-customers .pool-customer")).hasCount(2);
        } catch (AssertionError | RuntimeException e) {
            Browser.screenshot(page, "pool-claim");
            throw e;
        } finally {
            page.context().close();
        }
    }
}
