package io.qike.crm.archive.retention;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.qike.crm.archive.pull.ArchivePuller;
import io.qike.crm.support.Browser;
import io.qike.crm.support.BrowserJourney;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * On a customer's page a bound rep opens 从企业微信导入 in the new-record form, picks the external contact, ticks two
 * messages and imports them: the transcript waits in the form as a file, its text in the content; publishing the record
 * keeps the transcript as its attachment. In real headless Chromium.
 */
@IntegrationTest
class ManualRetentionBrowserTest extends BrowserJourney {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired ArchivePuller puller;
    @Autowired JdbcClient jdbc;

    @Test
    void aRepImportsTwoMessagesIntoARecordAndPublishesIt() {
        RetentionFixture f = new RetentionFixture(port, fixtures, puller, jdbc);
        try {
            Page page = browser.newPage("http://localhost:" + port);
            Browser.signIn(page, f.t.login("rep1"));
            page.navigate("/customers/" + f.customerId);
            page.click("#record-composer-wecom-import");
            page.waitForSelector(".wecom-import-partner");
            Locator partner = page.locator(".wecom-import-partner");
            assertThat(partner).hasCount(1);
            partner.click();
            Locator lines = page.locator(".wecom-chat-line");
            assertThat(lines.first()).isVisible();
            lines.nth(0).locator("input").check();
            lines.nth(1).locator("input").check();
            String firstText = lines.nth(0).locator(".d-block").innerText();
            page.click(".wecom-import-submit");
            assertThat(page.locator(".wecom-import-done.attached")).containsText("已导入 2 条消息");
            org.assertj.core.api.Assertions.assertThat(page.locator("#record-content").inputValue()).contains(firstText.strip());
            assertThat(page.locator("#record-composer .wecom-import-attached")).containsText(".html");
            org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("() => document.getElementById('record-files').files.length")).isEqualTo(1);

            page.click("#save-record");
            Locator attachment = page.locator(".sales-record .attachment-link");
            assertThat(attachment).hasCount(1);
            assertThat(attachment).containsText(".html");
            JsonNode record = f.rep1.get("/api/v1/sales-records?customerId=" + f.customerId).json().get(0);
            org.assertj.core.api.Assertions.assertThat(record.get("content").asString()).contains(firstText.strip());
            org.assertj.core.api.Assertions.assertThat(record.get("attachments").get(0).get("sizeBytes").asLong()).isPositive();
        } finally {
            f.close();
        }
    }
}
