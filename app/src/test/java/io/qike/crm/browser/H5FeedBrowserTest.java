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

/**
 * A sales rep on a phone (375 px, the location allowed) writes a sales record and checks in at the nearest customer
 * from 工作圈, and sees both there, in real headless Chromium.
 */
@IntegrationTest
class H5FeedBrowserTest extends BrowserJourney {
    static final double LAT = 30.2590, LNG = 120.1300;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;

    @Test
    void repPostsASalesRecordAndAFieldCheckInOnThePhoneAndSeesBothInTheFeed() {
        TestTenant t = fixtures.tenant();
        fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.builder().name("杭州远一点有限公司")
                .latitude("" + (LAT + 0.02)).longitude("" + LNG).build()));
        fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.builder().name("杭州隔壁有限公司")
                .latitude("" + (LAT + 0.001)).longitude("" + LNG).build()));
        Page page = browser.newPhonePage("http://localhost:" + port, LAT, LNG);
        try {
            Browser.signIn(page, t.login("rep1"));
            page.navigate("/h5");
            assertThat(page.locator(".h5-feature[data-key=nearby]")).isVisible();
            page.click("#tab-feed");
            page.waitForURL("**/h5/feed");

            // 销售记录 from the composer, the customer picked by typing.
            page.click("#compose-record");
            page.locator("#f-customerId-search").pressSequentially("远一点");
            page.locator("#customerId-choices .picker-choice").first().click();
            page.selectOption("#feed-record-type", "CALL");
            page.fill("#feed-record-content", "电话确认了报价");
            page.click("#feed-record-save");
            page.waitForURL("**/h5/feed");
            assertThat(page.locator(".feed-record .feed-content")).hasText("电话确认了报价");

            // 外勤: the phone's location is filled in and the nearest customer offered first.
            page.click("#compose-checkin");
            page.waitForURL("**/h5/checkin");
            assertThat(page.locator("#checkin-latitude")).hasValue("30.259000");
            assertThat(page.locator(".checkin-offer").first()).containsText("杭州隔壁有限公司");
            assertThat(page.locator(".checkin-offer").first()).containsText("111 米");
            page.locator(".checkin-offer").first().click();
            assertThat(page.locator("#f-customerId-search")).hasValue("杭州隔壁有限公司");
            page.fill("#checkin-address", "文三路 90 号");
            page.fill("#checkin-content", "上门拜访采购负责人");
            page.click("#checkin-save");
            page.waitForURL("**/h5/feed");

            assertThat(page.locator(".feed-item")).hasCount(2);
            assertThat(page.locator(".feed-visit .feed-content")).hasText("上门拜访采购负责人");
            assertThat(page.locator(".feed-visit .feed-place")).containsText("文三路 90 号");
            assertThat(page.locator(".feed-visit .feed-customer")).hasText("杭州隔壁有限公司");
            org.assertj.core.api.Assertions.assertThat((Number) page.evaluate("document.documentElement.scrollWidth"))
                    .as("no sideways scrolling at 375 px").matches(w -> w.intValue() <= 375);
        } catch (AssertionError | RuntimeException e) {
            Browser.screenshot(page, "h5-feed");
            throw e;
        } finally {
            page.context().close();
        }
    }
}
