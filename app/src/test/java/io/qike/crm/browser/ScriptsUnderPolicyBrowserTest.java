package io.qike.crm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.support.Browser;
import io.qike.crm.support.BrowserJourney;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages whose scripts used to be inline still work under a Content-Security-Policy without inline
 * scripts or eval (BrowserJourney fails the test on any violation): the dashboard's charts and the API docs.
 */
@IntegrationTest
class ScriptsUnderPolicyBrowserTest extends BrowserJourney {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;

    @Test
    void theDashboardDrawsNewCustomersByMonth() {
        TestTenant t = fixtures.tenant();
        fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("杭州云帆网络科技有限公司")).id());
        fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("宁波港口物流有限公司")).id());
        Page page = browser.newPage("http://localhost:" + port);
        try {
            Browser.signIn(page, t.login("rep1"));
            assertThat(page.locator("#customer-count")).hasText("2");
            page.waitForFunction("() => window.echarts && echarts.getInstanceByDom(document.getElementById('chart-month'))");
            Object drawn = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('chart-month'))"
                    + ".getOption().series[0].data.reduce((a, b) => a + b, 0)");
            assertThat(((Number) drawn).intValue()).isEqualTo(2);
            Object slices = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('chart-level'))"
                    + ".getOption().series[0].data.reduce((a, s) => a + s.value, 0)");
            assertThat(((Number) slices).intValue()).isEqualTo(2);
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(page, "dashboard-charts");
            throw e;
        } finally {
            page.context().close();
        }
    }

    @Test
    void theApiDocumentationOpens() {
        Page page = browser.newPage("http://localhost:" + port);
        try {
            page.navigate("/swagger-ui.html");
            assertThat(page.locator(".swagger-ui .info .title")).isVisible();
            assertThat(page.locator(".swagger-ui .opblock").first()).isVisible();
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(page, "swagger-ui");
            throw e;
        } finally {
            page.context().close();
        }
    }
}
