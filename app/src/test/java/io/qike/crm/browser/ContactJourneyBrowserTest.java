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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A sales rep adds a contact from the contacts list and finds it on the customer's page, and filters the list, in real headless Chromium. */
@IntegrationTest
class ContactJourneyBrowserTest extends BrowserJourney {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired ContactService contacts;

    @Test
    void repCreatesAContactPicksItsCustomerByTypingAndSeesItOnTheCustomersPage() {
        TestTenant t = fixtures.tenant();
        long customer = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("杭州云帆网络科技有限公司")).id());
        fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("宁波港口物流有限公司")).id());
        fixtures.as(t.rep2Id(), () -> customers.create(CustomerDraft.named("杭州别人家的有限公司")).id());
        Page page = browser.newPage("http://localhost:" + port);
        try {
            Browser.signIn(page, t.login("rep1"));
            page.navigate("/contacts");
            page.click("a[href='/contacts/new']");
            page.fill("#f-name", "孙经理");
            page.fill("#f-mobile", "13912345678");
            page.locator("#f-customerId-search").pressSequentially("杭州");
            assertThat(page.locator("#customerId-choices .picker-choice")).hasCount(1);
            assertThat(page.locator("#customerId-choices")).containsText("杭州云帆网络科技有限公司");
            page.locator("#f-customerId-search").press("ArrowDown");
            page.keyboard().press("Enter");
            assertThat(page.locator("#f-customerId-search")).hasValue("杭州云帆网络科技有限公司");
            assertThat(page.locator("#f-customerId")).hasValue(String.valueOf(customer));
            assertThat(page.locator("#customerId-choices .picker-choice")).hasCount(0);
            page.click("#save-contact");

            page.waitForURL("**/customers/" + customer);
            assertThat(page.locator("#customer-contacts .contact-row")).containsText("孙经理");
            page.click("#customer-contacts a.contact-link");
            assertThat(page.locator("#contact-name")).hasText("孙经理");
            assertThat(page.locator("#contact-customer")).containsText("杭州云帆网络科技有限公司");

            // The customer list searches as the rep types, and the address keeps the search to share.
            page.navigate("/customers");
            assertThat(page.locator("#customer-table a.customer-link")).hasCount(2);
            page.locator("#q").pressSequentially("云帆");
            assertThat(page.locator("#customer-table a.customer-link")).hasCount(1);
            assertThat(page.locator("#customer-table")).containsText("杭州云帆网络科技有限公司");
            page.waitForURL(url -> url.contains("/customers?q="));
            org.assertj.core.api.Assertions.assertThat(page.url()).doesNotContain("level=");
            page.reload();
            assertThat(page.locator("#q")).hasValue("云帆");
            assertThat(page.locator("#customer-table a.customer-link")).hasCount(1);
        } catch (AssertionError | RuntimeException e) {
            Browser.screenshot(page, "contact-journey");
            throw e;
        } finally {
            page.context().close();
        }
    }

    @Test
    void repNarrowsTheContactsListToOneCustomerWithThePickerAndSharesTheAddress() {
        TestTenant t = fixtures.tenant();
        long cloud = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("杭州云帆网络科技有限公司")).id());
        long port2 = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("宁波港口物流有限公司")).id());
        fixtures.asRun(t.rep1Id(), () -> {
            contacts.create(new ContactDraft(cloud, "孙经理", null, null, null, null, null, java.util.Map.of()));
            contacts.create(new ContactDraft(cloud, "钱采购", null, null, null, null, null, java.util.Map.of()));
            contacts.create(new ContactDraft(port2, "周调度", null, null, null, null, null, java.util.Map.of()));
        });
        Page page = browser.newPage("http://localhost:" + port);
        try {
            Browser.signIn(page, t.login("rep1"));
            page.navigate("/contacts");
            assertThat(page.locator("#contact-table a.contact-link")).hasCount(3);
            page.locator("#f-customerId-search").pressSequentially("云帆");
            assertThat(page.locator("#customerId-choices .picker-choice")).hasCount(1);
            page.click("#customerId-choices .picker-choice");
            assertThat(page.locator("#contact-table a.contact-link")).hasCount(2);
            page.waitForURL(url -> url.contains("customerId=" + cloud));
            // What was typed into the picker is no keyword of the list: the address carries the customer only.
            org.assertj.core.api.Assertions.assertThat(page.url()).doesNotContain("q=");
            page.locator("#q").pressSequentially("采购");
            assertThat(page.locator("#contact-table a.contact-link")).hasCount(1);
            page.waitForURL(url -> url.contains("q="));
            page.reload();
            assertThat(page.locator("#f-customerId-search")).hasValue("杭州云帆网络科技有限公司");
            assertThat(page.locator("#q")).hasValue("采购");
            assertThat(page.locator("#contact-table a.contact-link")).hasText("钱采购");
        } catch (AssertionError | RuntimeException e) {
            Browser.screenshot(page, "contact-list-filters");
            throw e;
        } finally {
            page.context().close();
        }
    }
}
