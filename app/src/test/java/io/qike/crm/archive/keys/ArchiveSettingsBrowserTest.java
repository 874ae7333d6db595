package io.qike.crm.archive.keys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.qike.crm.support.Browser;
import io.qike.crm.support.BrowserJourney;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator opens 企业微信对接 → 会话留存, generates a key pair, copies its public key, enters the version WeCom
 * gave it, regenerates (confirming), and saves the secrets and trusted IPs, in real headless Chromium.
 */
@IntegrationTest
class ArchiveSettingsBrowserTest extends BrowserJourney {
    @Autowired TestFixtures.Fixtures fixtures;

    @Test
    void adminGeneratesCopiesEntersTheVersionAndRegenerates() {
        TestTenant t = fixtures.tenant();
        Page page = browser.newPage("http://localhost:" + port);
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        Browser.signIn(page, t.login("admin"));
        page.navigate("/admin/wecom");
        page.click("#tab-wecom-archive");
        assertThat(page.locator("#tab-wecom-archive")).hasClass(java.util.regex.Pattern.compile("active"));
        assertThat(page.locator("#archive-reminder")).containsText("可调用应用");
        assertThat(page.locator("#archive-help")).containsText("消息加密密钥版本号");

        page.click("#archive-generate");
        Locator publicKey = page.locator("#archive-public-key");
        assertThat(publicKey).hasValue(java.util.regex.Pattern.compile("^-----BEGIN PUBLIC KEY-----"));
        String firstKey = publicKey.inputValue();
        page.click("#archive-copy-key");
        assertThat(page.locator("#archive-copy-key")).hasText("已复制");
        org.assertj.core.api.Assertions.assertThat((String) page.evaluate("() => navigator.clipboard.readText()")).isEqualTo(firstKey);

        Locator rows = page.locator("#archive-key-table .archive-key");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("待填写版本号");
        rows.first().locator(".version-input").fill("1");
        rows.first().locator(".version-save").click();
        assertThat(rows.first().locator(".key-version")).hasText("1");

        page.onceDialog(d -> d.accept());
        page.click("#archive-generate");
        assertThat(rows).hasCount(2);
        assertThat(publicKey).not().hasValue(firstKey);
        assertThat(rows.first()).containsText("待填写版本号");
        assertThat(rows.nth(1).locator(".key-version")).hasText("1");
        rows.first().locator(".version-input").fill("1");
        rows.first().locator(".version-save").click();
        assertThat(page.locator("#archive-key-table .version-error")).containsText("版本号 1 已给了另一对密钥");
        rows.first().locator(".version-input").fill("2");
        rows.first().locator(".version-save").click();
        assertThat(rows.first().locator(".key-version")).hasText("2");

        page.fill("#archive-secret", "ArchiveSecretAbcdefghijklmnopqrstuvwxyz12345");
        page.fill("#archive-trustedIps", "203.0.113.5\n999.1.1.1");
        page.click("#archive-save");
        assertThat(page.locator("#archive-trustedIps-error")).containsText("999.1.1.1");
        page.fill("#archive-secret", "ArchiveSecretAbcdefghijklmnopqrstuvwxyz12345");
        page.fill("#archive-trustedIps", "203.0.113.5\n198.51.100.0/24");
        page.click("#archive-save");
        assertThat(page.locator("#archive-secret")).hasAttribute("placeholder", java.util.regex.Pattern.compile("••••2345"));
        assertThat(page.locator("#archive-trustedIps")).hasValue("203.0.113.5\n198.51.100.0/24");
        page.click("#archive-copy-ips");
        assertThat(page.locator("#archive-copy-ips")).hasText("已复制");
    }
}
