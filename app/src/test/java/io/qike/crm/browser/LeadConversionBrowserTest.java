package io.qike.crm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.qike.crm.lead.LeadDraft;
import io.qike.crm.lead.LeadService;
import io.qike.crm.support.Browser;
import io.qike.crm.support.BrowserJourney;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A sales rep finds a lead by typing, opens it, converts it and lands on the new customer, in real headless Chromium. */
@IntegrationTest
class LeadConversionBrowserTest extends BrowserJourney {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired LeadService leads;

    @Test
    void repOpensALeadConvertsItAndLandsOnTheCustomerWithItsContact() {
        TestTenant t = fixtures.tenant();
        fixtures.as(t.rep1Id(), () -> leads.create(new LeadDraft("常州龙城精密机械有限公司", "蒋工", "13600136000", null, "EXHIBITION",
                "常州", null, null, null, Map.of())));
        fixtures.as(t.rep1Id(), () -> leads.create(new LeadDraft("扬州瘦西湖旅游有限公司", null, null, null, null, null, null, null, null,
                Map.of())));
        Page page = browser.newPage("http://localhost:" + port);
        try {
            Browser.signIn(page, t.login("rep1"));
            page.navigate("/");
            page.click("#nav-leads");
            assertThat(page.locator("#lead-table a.lead-link")).hasCount(2);
            page.locator("#q").pressSequentially("龙城");
            assertThat(page.locator("#lead-table a.lead-link")).hasCount(1);
            page.click("#lead-table a.lead-link");
            assertThat(page.locator("#lead-name")).hasText("常州龙城精密机械有限公司");

            page.click("#convert-lead");
            assertThat(page.locator("#convert-new-customer")).containsText("常州龙城精密机械有限公司");
            page.fill("#f-opportunityName", "龙城机械设备采购");
            page.fill("#f-opportunityAmount", "80000");
            page.click("#convert-submit");

            page.waitForURL(url -> url.matches(".*/customers/\\d+$"));
            assertThat(page.locator("#customer-name")).hasText("常州龙城精密机械有限公司");
            assertThat(page.locator("#customer-contacts .contact-row")).containsText("蒋工");

            page.navigate("/leads?status=CONVERTED");
            assertThat(page.locator("#lead-table a.lead-link")).hasCount(1);
        } catch (AssertionError | RuntimeException e) {
            Browser.screenshot(page, "lead-conversion");
            throw e;
        } finally {
            page.context().close();
        }
    }
}
