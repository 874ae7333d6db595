package io.qike.crm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.qike.crm.support.Browser;
import io.qike.crm.support.BrowserJourney;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator reorders the sales stages with 上移 / 下移 (htmx, in place) and the kanban shows the new order (headless Chromium). */
@IntegrationTest
class SalesStageOrderBrowserTest extends BrowserJourney {
    @Autowired TestFixtures.Fixtures fixtures;

    @Test
    void adminMovesTheFirstStageDownAndBackUpInPlaceAndTheKanbanFollows() {
        TestTenant t = fixtures.tenant();
        Page page = browser.newPage("http://localhost:" + port);
        page.setViewportSize(1600, 1000);
        try {
            Browser.signIn(page, t.login("admin"));
            page.navigate("/admin/sales-processes");
            Locator rows = page.locator(".sales-process").first().locator(".stage-row");
            assertThat(rows.first()).hasAttribute("data-stage", "初步接洽");
            assertThat(rows.first().locator(".stage-up")).isDisabled();
            page.evaluate("() => window.notReloaded = true");

            rows.first().locator(".stage-down").click();
            assertThat(rows.first()).hasAttribute("data-stage", "需求确认");
            assertThat(rows.nth(1)).hasAttribute("data-stage", "初步接洽");
            Browser.htmxSettled(page);
            // Swapped in place: the page was not reloaded.
            org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.notReloaded === true")).isEqualTo(true);
            assertThat(rows.first().locator(".stage-up")).isDisabled();

            page.navigate("/opportunities/kanban");
            assertThat(page.locator(".kanban-stage-name").first()).hasText("需求确认");
            assertThat(page.locator(".kanban-stage-name").nth(1)).hasText("初步接洽");

            page.navigate("/admin/sales-processes");
            rows.nth(1).locator(".stage-up").click();
            assertThat(rows.first()).hasAttribute("data-stage", "初步接洽");
            Browser.htmxSettled(page);
            page.navigate("/opportunities/kanban");
            assertThat(page.locator(".kanban-stage-name").first()).hasText("初步接洽");
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(page, "sales-stage-order");
            throw e;
        } finally {
            page.context().close();
        }
    }
}
