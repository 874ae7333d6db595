package io.qike.crm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.support.Browser;
import io.qike.crm.support.BrowserJourney;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A sales rep on a phone (375 px) puts a to-do on a customer from its H5 page and finds it under today's to-dos. */
@IntegrationTest
class H5TodoBrowserTest extends BrowserJourney {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired EnterpriseTime time;

    @Test
    void repCreatesAToDoOnACustomerFromThePhoneAndSeesItUnderToday() {
        TestTenant t = fixtures.tenant();
        long customer = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("杭州待办客户有限公司")).id());
        String tonight = time.today(t.tenantId()).atTime(21, 30).toString();
        Page page = browser.newPhonePage("http://localhost:" + port, 30.259, 120.13);
        try {
            Browser.signIn(page, t.login("rep1"));
            page.navigate("/h5/customers/" + customer);
            page.click("#h5-new-todo");
            page.waitForURL("**/h5/todos/new?**");
            assertThat(page.locator("#h5-todo-subject")).containsText("杭州待办客户有限公司");
            page.fill("#h5-todo-title", "带样品再访");
            page.fill("#h5-todo-due", tonight);
            page.click("#h5-todo-save");
            page.waitForURL("**/h5/todos**");

            assertThat(page.locator(".alert-success")).isVisible();
            assertThat(page.locator("#h5-todos-TODAY + .list-group .h5-todo-title")).hasText("带样品再访");
            assertThat(page.locator("#h5-todos-TODAY + .list-group .h5-todo a")).hasText("杭州待办客户有限公司");
            org.assertj.core.api.Assertions.assertThat((Number) page.evaluate("document.documentElement.scrollWidth"))
                    .as("no sideways scrolling at 375 px").matches(w -> w.intValue() <= 375);
        } catch (AssertionError | RuntimeException e) {
            Browser.screenshot(page, "h5-todo");
            throw e;
        } finally {
            page.context().close();
        }
    }
}
