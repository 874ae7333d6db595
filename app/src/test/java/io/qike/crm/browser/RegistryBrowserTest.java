package io.qike.crm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.customfield.FieldType;
import io.qike.crm.registry.RegistryProvider;
import io.qike.crm.registry.RegistrySandbox;
import io.qike.crm.support.Browser;
import io.qike.crm.support.BrowserJourney;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.control.CallCounters;
import io.qike.sandbox.control.Provider;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seed's journey (工商信息设置): switch on, paste the key, 初始化动作流, map a field, 工商查询, 工商新建, save, refresh;
 * and the first hour of the embedded default, where the same flow works with no key or URL typed.
 */
@IntegrationTest
class RegistryBrowserTest extends BrowserJourney {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired RegistrySandbox sandbox;
    @Autowired CustomFields customFields;
    @Autowired CompanyDataSet companies;
    @Autowired CallCounters counters;

    @Test
    void adminSetsUpQichachaAndARepCreatesACustomerFromTheRegistry() {
        TestTenant t = fixtures.tenant();
        fixtures.as(t.adminId(), () -> customFields.define(CustomObject.CUSTOMER, "econ", "企业类型", FieldType.TEXT, List.of(), false, false, false));
        RegistrySandbox.Keys keys = sandbox.keys(RegistryProvider.QICHACHA, 0);
        Company c = companies.get(4321);
        Page page = browser.newPage("http://localhost:" + port);
        try {
            Browser.signIn(page, t.login("admin"));

            page.navigate("/customers");
            page.click("#registry-settings-link");
            assertThat(page.locator("h2.page-title")).hasText("工商信息设置");
            page.check("#registry-enabled");
            page.click("#save-registry-settings");
            assertThat(page.locator(".alert-success")).hasText("工商信息设置已保存。");

            page.fill("#apiKey-qichacha", keys.key());
            page.fill("#secretKey-qichacha", keys.secret());
            page.fill("#baseUrl-qichacha", RegistrySandbox.base(port, RegistryProvider.QICHACHA));
            page.click("#initialize-qichacha");
            assertThat(page.locator(".alert-success")).hasText("已初始化动作流并绑定。");
            assertThat(page.locator("#provider-qichacha .badge")).hasText("已初始化");
            assertThat(page.locator("#registry-primary")).hasValue("qichacha");
            assertThat(page.locator("#apiKey-qichacha")).hasValue(""); // the key is never shown again

            int blank = page.locator("#mapping-qichacha tbody tr").count() - 3;
            page.selectOption("#mapping-qichacha-source-" + blank, "companyType");
            page.selectOption("#mapping-qichacha-target-" + blank, "custom.econ");
            page.click("#save-mapping-qichacha");
            assertThat(page.locator(".alert-success")).hasText("绑定和字段映射已保存。");

            page.navigate("/customers/new");
            page.locator("#registry-keyword").pressSequentially(c.creditCode()); // 18 keystrokes
            assertThat(page.locator("#registry-candidates .registry-candidate").first()).containsText(c.name());
            assertThat(counters.calls(Provider.QICHACHA, keys.key(), "FuzzySearch/GetList")).as("no call per keystroke").isEqualTo(1);
            page.waitForResponse(r -> r.url().contains("/registry/candidates"),
                    () -> page.fill("#registry-keyword", c.name())); // as an IME or a paste enters it
            assertThat(page.locator("#registry-candidates .registry-candidate").first()).containsText(c.creditCode());
            assertThat(page.locator("#registry-candidates")).containsText(c.legalPerson());
            assertThat(counters.calls(Provider.QICHACHA, keys.key(), "FuzzySearch/GetList")).isEqualTo(2);
            page.locator("#registry-candidates .registry-create").first().click();

            assertThat(page.locator("#prefill-note")).containsText("企查查");
            assertThat(page.locator("#f-name")).hasValue(c.name());
            assertThat(page.locator("#f-creditCode")).hasValue(c.creditCode());
            assertThat(page.locator("#f-establishedOn")).hasValue(c.establishedOn().toString());
            assertThat(page.locator("#f-custom-econ")).hasValue(c.econKind());
            assertThat(page.locator("label[for=f-region] .prefilled-mark")).hasText("工商");
            page.selectOption("#f-level", "A");
            page.click("#save-customer");
            assertThat(page.locator("#customer-name")).hasText(c.name());
            assertThat(page.locator("#registry-source")).containsText("企查查");
            assertThat(page.getByText(java.util.regex.Pattern.compile("获取于"))).hasCount(1); // one 工商信息 card names the source

            page.click("#registry-refresh");
            assertThat(page.locator("#registry-same")).isVisible();
            Browser.htmxSettled(page); // the apply form came with the swap: its hx-post is wired when htmx settles
            page.click("#registry-apply");
            assertThat(page.locator(".alert-success")).hasText("工商信息已更新。");

            page.navigate("/customers/new");
            page.fill("#registry-keyword", c.name());
            page.click("#registry-search");
            assertThat(page.locator(".registry-existing").first()).containsText("负责人：");
            page.navigate("/registry/customers/new?keyword=" + c.creditCode());
            assertThat(page.locator("#registry-duplicate")).containsText(c.name());
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(page, "registry-journey");
            throw e;
        } finally {
            page.context().close();
        }
    }

    @Test
    void onAFreshEnterpriseTheSeedFlowWorksAgainstTheDemoSandboxWithNothingButTheCompanyNameTyped() {
        // Only clicks and the company name, as a new user following seed 000 and the README: no address typed.
        TestTenant t = fixtures.tenant();
        Company c = companies.get(2468);
        Page page = browser.newPage("http://localhost:" + port);
        try {
            Browser.signIn(page, t.login("admin"));
            page.click("#nav-customers");
            page.click("#registry-settings-link");
            assertThat(page.locator("#target-qichacha")).containsText("初始化后指向：演示沙箱");
            assertThat(page.locator("#useSandbox-qichacha")).isChecked();

            page.check("#registry-enabled"); // saved as flipped: no 保存 pressed before 初始化动作流, as in the seed
            assertThat(page.locator("#registry-enabled-state")).hasText("已开启并保存");
            page.click("#initialize-qichacha");
            assertThat(page.locator(".alert-success")).hasText("已初始化动作流并绑定。");
            assertThat(page.locator("#registry-enabled")).isChecked();
            assertThat(page.locator("#target-qichacha")).containsText("当前指向：演示沙箱");
            assertThat(page.locator("#registry-primary")).hasValue("qichacha");

            page.click("#nav-customers");
            page.click("#new-customer");
            page.fill("#registry-keyword", c.name());
            page.click("#registry-search");
            assertThat(page.locator("#registry-candidates .registry-candidate").first()).containsText(c.creditCode());
            page.locator("#registry-candidates .registry-create").first().click();
            assertThat(page.locator("#prefill-note")).containsText("企查查");
            assertThat(page.locator("#f-name")).hasValue(c.name());
            assertThat(page.locator("#f-creditCode")).hasValue(c.creditCode());
            page.click("#save-customer");
            assertThat(page.locator("#customer-name")).hasText(c.name());

            // 新建客户时自动填充工商信息: a name typed by hand that the registry knows is offered before it is saved.
            Company typed = companies.get(2469);
            page.click("#nav-customers");
            page.click("#new-customer");
            page.fill("#f-name", typed.name());
            page.click("#save-customer");
            assertThat(page.locator("#customer-offer")).containsText(typed.creditCode());
            page.click("#customer-offer-fill");
            assertThat(page.locator("#prefill-note")).containsText("企查查");
            assertThat(page.locator("#f-creditCode")).hasValue(typed.creditCode());
            assertThat(page.locator("label[for=f-creditCode] .prefilled-mark")).hasText("工商");
            page.click("#save-customer");
            assertThat(page.locator("#customer-name")).hasText(typed.name());
            assertThat(page.locator("#registry-source")).containsText("企查查");
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(page, "registry-first-hour");
            throw e;
        } finally {
            page.context().close();
        }
    }
}
