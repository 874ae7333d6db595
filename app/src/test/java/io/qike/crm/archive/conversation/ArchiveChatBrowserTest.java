package io.qike.crm.archive.conversation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.qike.crm.archive.ArchiveChatFixture;
import io.qike.crm.archive.media.ArchiveMediaWorker;
import io.qike.crm.archive.pull.ArchivePuller;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.Browser;
import io.qike.crm.support.BrowserJourney;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A sales rep opens their customer's page and reads the 企业微信聊天 section in real headless Chromium: the conversation,
 * bubbles on both sides, an image shown inline, a recalled message marked 已撤回, a search, earlier messages; on a
 * 375 px phone screen too.
 */
@IntegrationTest
class ArchiveChatBrowserTest extends BrowserJourney {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired ArchivePuller puller;
    @Autowired ArchiveMediaWorker worker;
    @Autowired JdbcClient jdbc;

    @Test
    void aRepReadsTheChatOfTheirCustomerWithAnImageAndARecalledMessage() {
        ArchiveChatFixture f = new ArchiveChatFixture(port, fixtures, puller, worker, jdbc, true);
        try {
            String image = TenantContext.callAs(f.t.tenantId(), () -> jdbc.sql("""
                    select m.msgid from wecom_archive_message m join wecom_archive_media d on d.msgid = m.msgid
                     where m.conversation = ? and m.msgtype = 'image' and d.status = 'fetched' order by m.seq desc limit 1""")
                    .param(f.conversation).query(String.class).single());
            String recalled = TenantContext.callAs(f.t.tenantId(), () -> jdbc.sql("""
                    select msgid from wecom_archive_message where conversation = ? and recalled_by is not null order by seq desc limit 1""")
                    .param(f.conversation).query(String.class).single());
            Page page = browser.newPage("http://localhost:" + port);
            Browser.signIn(page, f.t.login("rep1"));
            page.navigate("/customers/" + f.customerId);
            Locator section = page.locator("#wecom-conversations");
            assertThat(section.locator(".card-title")).hasText("企业微信聊天");
            assertThat(section.locator(".conversation-item").first()).containsText("王聊天");
            Locator messages = page.locator("#chat-messages");
            assertThat(messages.locator(".chat-row").first()).isVisible();
            Browser.htmxSettled(page);
            // Everything up to the image and the recalled message: load earlier until both are there.
            for (int i = 0; i < 10 && (messages.locator("[data-msgid='" + image + "']").count() == 0
                    || messages.locator("[data-msgid='" + recalled + "']").count() == 0); i++) {
                page.click(".chat-earlier");
                Browser.htmxSettled(page);
            }
            Locator img = messages.locator("[data-msgid='" + image + "'] img.chat-image");
            assertThat(img).hasAttribute("src", "/archive/media/" + image);
            // The image is really served and shown. It loads lazily, when the reader scrolls to it, as a reader would.
            img.scrollIntoViewIfNeeded();
            page.waitForFunction("s => { const i = document.querySelector(s); return i && i.complete && i.naturalWidth > 0; }",
                    "[data-msgid='" + image + "'] img.chat-image");
            assertThat(messages.locator("[data-msgid='" + recalled + "'] .chat-recalled-mark")).hasText("已撤回");
            assertThat(messages.locator(".chat-line.chat-ours").first()).isVisible();
            assertThat(messages.locator(".chat-line.chat-theirs").first()).isVisible();
            org.assertj.core.api.Assertions.assertThat(page.request().get("/archive/media/" + image).status()).isEqualTo(200);

            // Search: only text messages with the word remain.
            String text = messages.locator(".chat-text").first().textContent();
            String word = text.substring(0, Math.min(2, text.length()));
            page.fill("#chat-search", word);
            page.click("#chat-go");
            Browser.htmxSettled(page);
            assertThat(page.locator("#chat-search")).hasValue(word);
            Locator found = page.locator("#chat-messages .chat-row");
            org.assertj.core.api.Assertions.assertThat(found.count()).isPositive();
            for (int i = 0; i < found.count(); i++) assertThat(found.nth(i).locator(".chat-text")).containsText(word);

            // The same page on a phone: the bubbles fit the screen.
            page.setViewportSize(375, 740);
            page.navigate("/customers/" + f.customerId);
            assertThat(page.locator("#chat-messages .chat-row").first()).isVisible();
            Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            org.assertj.core.api.Assertions.assertThat(overflow.intValue()).isLessThanOrEqualTo(0);

            // rep2 may not see the customer: no page, no media.
            Page other = browser.newPage("http://localhost:" + port);
            Browser.signIn(other, f.t.login("rep2"));
            org.assertj.core.api.Assertions.assertThat(other.navigate("/customers/" + f.customerId).status()).isEqualTo(404);
            org.assertj.core.api.Assertions.assertThat(other.request().get("/archive/media/" + image).status()).isEqualTo(404);
            org.assertj.core.api.Assertions.assertThat(other.locator("#wecom-conversations").count()).isZero();
        } finally {
            f.close();
        }
    }
}
