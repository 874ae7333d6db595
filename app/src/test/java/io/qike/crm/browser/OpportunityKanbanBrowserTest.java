package io.qike.crm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.opportunity.OpportunityDraft;
import io.qike.crm.opportunity.OpportunityService;
import io.qike.crm.support.Browser;
import io.qike.crm.support.BrowserJourney;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A sales rep drags an opportunity card to the next stage on the kanban, and it stays there after a reload (headless Chromium). */
@IntegrationTest
class OpportunityKanbanBrowserTest extends BrowserJourney {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired OpportunityService opportunities;

    @Test
    void repDragsACardToTheNextStageAndItStaysThereAfterReload() {
        TestTenant t = fixtures.tenant();
        long customer = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("杭州看板科技有限公司")).id());
        long id = fixtures.as(t.rep1Id(), () -> opportunities.create(OpportunityDraft.of(customer, "看板拖动的商机", new BigDecimal("88000"))));
        Page page = browser.newPage("http://localhost:" + port);
        // Wide enough for every column of the board at once: a drag to a column scrolled out of view depends on
        // SortableJS scrolling the board while the pointer waits at its edge.
        page.setViewportSize(2200, 1000);
        try {
            Browser.signIn(page, t.login("rep1"));
            page.navigate("/opportunities/kanban");
            Locator first = page.locator(".kanban-cards").nth(0);
            Locator second = page.locator(".kanban-cards").nth(1);
            Locator card = page.locator(".kanban-card[data-id='" + id + "']");
            assertThat(first.locator(".kanban-card")).hasCount(1);
            assertThat(second.locator(".kanban-card")).hasCount(0);
            page.waitForFunction("() => typeof Sortable !== 'undefined'");

            drag(page, card, second);

            assertThat(second.locator(".kanban-card")).hasCount(1);
            assertThat(page.locator("#kanban-moved")).hasAttribute("data-moved", "true");
            page.reload();
            assertThat(page.locator(".kanban-cards").nth(1).locator(".kanban-card[data-id='" + id + "']")).hasCount(1);
            assertThat(page.locator(".kanban-cards").nth(0).locator(".kanban-card")).hasCount(0);
            page.navigate("/opportunities/" + id);
            assertThat(page.locator("#opportunity-stage")).hasText("需求确认");
            assertThat(page.locator("#opportunity-probability")).hasText("30%");

            // Won: the page's own dialog asks why. Cancelled, the card goes back; with a reason, it is won.
            page.navigate("/opportunities/kanban");
            page.waitForFunction("() => typeof Sortable !== 'undefined'");
            Locator won = page.locator(".kanban-cards[data-stage-kind='WON']");
            Locator dialog = page.locator("#kanban-reason");
            drag(page, page.locator(".kanban-card[data-id='" + id + "']"), won);
            assertThat(dialog).isVisible();
            assertThat(page.locator("#kanban-reason-title")).hasText("赢单原因");
            assertThat(page.locator("#kanban-reason-card")).hasText("看板拖动的商机");
            page.locator("#kanban-reason button[value='cancel']").click();
            assertThat(dialog).isHidden();
            assertThat(page.locator(".kanban-cards").nth(1).locator(".kanban-card[data-id='" + id + "']")).hasCount(1);
            assertThat(won.locator(".kanban-card")).hasCount(0);
            // Dragged again after a person's pause, without reloading the page.
            page.waitForTimeout(600);
            drag(page, page.locator(".kanban-card[data-id='" + id + "']"), won);
            assertThat(dialog).isVisible();
            page.locator("#kanban-reason-ok").click();
            assertThat(page.locator("#kanban-reason textarea")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
            assertThat(dialog).isVisible();
            page.locator("#kanban-reason textarea").fill("客户签约");
            page.locator("#kanban-reason-ok").click();
            assertThat(dialog).isHidden();
            assertThat(page.locator("#kanban-moved")).hasAttribute("data-moved", "true");
            assertThat(won.locator(".kanban-card[data-id='" + id + "']")).hasCount(1);
            page.navigate("/opportunities/" + id);
            assertThat(page.locator("#opportunity-stage")).hasText("赢单");
        } catch (AssertionError | RuntimeException e) {
            Browser.screenshot(page, "opportunity-kanban");
            throw e;
        } finally {
            page.context().close();
        }
    }

    /** Drags with the mouse in small steps, as a person does (SortableJS follows pointer moves). */
    private static void drag(Page page, Locator card, Locator target) {
        var from = card.boundingBox();
        var to = target.boundingBox();
        page.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
        page.mouse().down();
        page.mouse().move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().move(to.x + to.width / 2, to.y + 30, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(20));
        page.mouse().up();
    }
}
