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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The first-day journey of a sales admin, in real headless Chromium. */
@IntegrationTest
class CustomerJourneyBrowserTest extends BrowserJourney {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;

    @Test
    void adminDefinesAFieldCreatesACustomerSeesTheDuplicateWarningLogsAFollowUpAndSwitchesToEnglish() throws Exception {
        TestTenant t = fixtures.tenant();
        fixtures.as(t.adminId(), () -> customers.create(CustomerDraft.named("苏州恒瑞精密机械有限公司")));
        Page page = browser.newPage("http://localhost:" + port);
        try {
            Browser.signIn(page, t.login("admin"));
            assertThat(page.locator("h2.page-title")).hasText("工作台");

            page.navigate("/admin/fields?object=CUSTOMER");
            page.fill("#field-label", "行业细分");
            page.fill("#field-code", "segment");
            page.selectOption("#field-type", "SINGLE_SELECT");
            page.fill("#field-options", "汽车零部件\n医疗器械");
            page.click("#save-field");
            assertThat(page.locator("#field-table")).containsText("行业细分");

            page.navigate("/customers/new");
            page.fill("#f-name", "苏州恒瑞精密机械（集团）股份有限公司");
            page.locator("#f-name").dispatchEvent("change");
            assertThat(page.locator("#duplicate-similar")).containsText("苏州恒瑞精密机械有限公司");
            page.selectOption("#f-custom-segment", "汽车零部件");
            page.fill("#f-phone", "0512-66668888");
            page.click("#save-customer");
            // Similar names stop the save until the admin confirms it is another company.
            assertThat(page.locator("#similar-confirm")).containsText("苏州恒瑞精密机械有限公司");
            page.click("#confirm-similar");
            assertThat(page.locator("#customer-name")).hasText("苏州恒瑞精密机械（集团）股份有限公司");
            assertThat(page.locator("#custom-value-segment")).hasText("汽车零部件");

            Path note = Files.createTempFile("拜访纪要", ".txt");
            Files.writeString(note, "报价单已发送", StandardCharsets.UTF_8);
            page.fill("#record-content", "上门拜访，确认了二季度采购计划");
            page.setInputFiles("#record-files", note);
            page.click("#save-record");
            assertThat(page.locator(".sales-record").first()).containsText("上门拜访，确认了二季度采购计划");
            assertThat(page.locator(".attachment-link").first()).containsText(note.getFileName().toString());

            page.click("#lang-switch");
            assertThat(page.locator("#edit-customer")).hasText("Edit");
            assertThat(page.locator(".sales-record").first()).containsText("Visit");
            page.navigate("/customers");
            assertThat(page.locator("#new-customer")).hasText("New customer");
            assertThat(page.locator("#customer-table")).containsText("苏州恒瑞精密机械（集团）股份有限公司");
        } catch (AssertionError | RuntimeException e) {
            Browser.screenshot(page, "customer-journey");
            throw e;
        } finally {
            page.context().close();
        }
    }
}
