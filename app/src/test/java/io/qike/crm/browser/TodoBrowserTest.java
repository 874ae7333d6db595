package io.qike.crm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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

/** A sales rep puts a to-do on a customer from its page, finds it on the home page and the 待办 page, and ticks it done. */
@IntegrationTest
class TodoBrowserTest extends BrowserJourney {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired io.qike.crm.platform.org.EnterpriseTime time;

    @Test
    void repCreatesAToDoOnACustomerAndTicksItDone() {
        TestTenant t = fixtures.tenant();
        long customer = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("杭州待办网络科技有限公司")).id());
        Page page = browser.newPage("http://localhost:" + port);
        try {
            Browser.signIn(page, t.login("rep1"));
            page.navigate("/customers/" + customer);
            page.click("#new-subject-todo");
            page.fill("#todo-title", "寄送样品");
            String today = time.today(t.tenantId()).toString(); // the enterprise's day, whatever the browser's
            page.fill("#todo-due", today + "T23:30");
            page.click("#save-todo");
            assertThat(page.locator("#todo-section .todo-item")).hasCount(1);
            assertThat(page.locator("#todo-section .todo-title")).hasText("寄送样品");

            page.navigate("/");
            assertThat(page.locator("#home-todos .todo-item")).containsText("杭州待办网络科技有限公司");

            page.navigate("/todos");
            assertThat(page.locator("#todo-results .todo-title")).hasText("寄送样品");
            page.locator("#todo-results .todo-done-box").click();
            assertThat(page.locator("#todo-results .todo-item.todo-done")).hasCount(1);
            page.click("#todo-view-DONE");
            assertThat(page.locator("#todo-results .todo-title")).hasText("寄送样品");
            page.navigate("/customers/" + customer);
            assertThat(page.locator("#todo-section .todo-done-box")).isChecked();
        } catch (AssertionError | RuntimeException e) {
            Browser.screenshot(page, "todo-journey");
            throw e;
        } finally {
            page.context().close();
        }
    }
}
