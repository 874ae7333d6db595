package io.qike.crm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import io.qike.crm.support.Browser;
import io.qike.crm.support.BrowserJourney;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seed's Tianyancha set-up by hand in headless Chromium: 系统管理 → 集成中心 → connector →
 * connection → interface 企业基本信息 (four steps) → test call → action flow (custom-event trigger,
 * a connector node, an output component) → run → run log.
 */
@IntegrationTest
class IntegrationCentreBrowserTest extends BrowserJourney {
    static final String TOKEN = "demo-tyc-token";

    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CompanyDataSet companies;

    @Test
    void adminConfiguresTianyanchaTestsTheInterfaceRunsTheFlowAndFindsTheRunInTheLog() {
        TestTenant t = fixtures.tenant();
        Company company = companies.get(57);
        String sandbox = "http://localhost:" + port + "/sandbox/tianyancha";
        Page page = browser.newPage("http://localhost:" + port);
        try {
            Browser.signIn(page, t.login("admin"));
            page.click("#nav-admin");
            page.click("#nav-integration");
            assertThat(page.locator("h2.page-title")).hasText("集成中心");

            // 连接器 and 连接
            page.fill("#new-connector-name", "天眼查");
            page.fill("#new-connector-description", "工商信息");
            page.click("#create-connector");
            assertThat(page.locator("#connector-form .card-title")).hasText("连接器：天眼查");
            page.click("#new-connection");
            page.fill("#f-name", "天眼查连接");
            page.fill("#f-baseUrl", sandbox);
            page.selectOption("#f-authScheme", "HEADER_KEY");
            page.fill("#f-authParam", "Authorization");
            page.fill("#f-secret", TOKEN);
            page.click("#save-connection");
            assertThat(page.locator("#connection-table")).containsText("天眼查连接");
            assertThat(page.locator("#connection-table")).containsText(sandbox);
            assertThat(page.content()).doesNotContain(TOKEN);

            // 接口: 基础, 请求, 响应 (more rows than the form starts with), 成功失败
            page.click("#new-interface");
            page.fill("#f-name", "企业基本信息");
            page.fill("#f-apiName", "baseinfo");
            page.fill("#f-description", "天眼查 1116");
            page.selectOption("#f-method", "GET");
            page.fill("#f-path", "/services/open/ic/baseinfo/normal");
            row(page, "params", 0, "keyword", "关键字", "STRING");
            page.check(cell("params", 0, "required"));
            page.fill(cell("query", 0, "name"), "keyword");
            page.fill(cell("query", 0, "value"), "${keyword}");
            field(page, 0, "name", "企业名称", "$.result.name", "STRING");
            field(page, 1, "creditCode", "统一社会信用代码", "$.result.creditCode", "STRING");
            page.click("#more-rows");
            assertThat(page.locator(cell("fields", 1, "path"))).hasValue("$.result.creditCode");
            field(page, 2, "legalPerson", "法定代表人", "$.result.legalPersonName", "STRING");
            field(page, 3, "establishedOn", "成立日期", "$.result.estiblishTime", "DATE");
            page.fill("#f-codePath", "$.error_code");
            page.fill("#f-successCodes", "0");
            page.fill("#f-emptyCodes", "300000");
            page.fill("#f-messagePath", "$.reason");
            page.fill(cell("codes", 0, "code"), "300009");
            page.fill(cell("codes", 0, "message"), "天眼查账号信息有误，请检查 Token");
            page.click("#save-interface");
            assertThat(page.locator(cell("fields", 3, "path"))).hasValue("$.result.estiblishTime");

            // 测试调用: the resolved request with the token hidden, and the extracted fields
            page.selectOption("#test-connection", new SelectOption().setLabel("天眼查连接"));
            page.fill("#test-p-keyword", company.name());
            page.click("#test-submit");
            Locator request = page.locator("#test-result .call-request");
            assertThat(request).containsText("GET " + sandbox + "/services/open/ic/baseinfo/normal?keyword=");
            assertThat(request).containsText("Authorization: ••••");
            Locator fields = page.locator("#test-result .call-fields");
            assertThat(fields).containsText(company.name());
            assertThat(fields).containsText(company.creditCode());
            assertThat(fields).containsText(company.legalPerson());
            assertThat(fields).containsText(company.establishedOn().toString());
            assertThat(page.content()).doesNotContain(TOKEN);

            // 动作流: 自定义事件触发 (keyword), a connector node, 配置输出组件
            page.click("#integration-tabs a[href$='/admin/integration/flows']");
            page.click("#new-flow");
            page.fill("#f-name", "天眼查工商信息");
            page.fill("#f-apiName", "tyc_baseinfo");
            row(page, "inputs", 0, "keyword", "关键字", "STRING");
            page.check(cell("inputs", 0, "required"));
            page.click("#add-CALL");
            page.selectOption(named("nodes[0].interfaceId"), new SelectOption().setLabel("天眼查 / 企业基本信息"));
            page.selectOption(named("nodes[0].connectionId"), new SelectOption().setLabel("天眼查 / 天眼查连接"));
            page.click("#add-OUTPUT");
            assertThat(page.locator(cell("nodes[0].rows", 0, "value"))).hasValue("${keyword}");
            assertThat(page.locator(cell("nodes[1].rows", 0, "value"))).hasValue("${call1.name}");
            assertThat(page.locator(cell("nodes[1].rows", 1, "value"))).hasValue("${call1.creditCode}");
            page.click("#save-flow");
            assertThat(page.locator("#versions")).containsText("v1");

            page.fill("#run-in-keyword", company.name());
            page.click("#run-submit");
            assertThat(page.locator("#flow-result")).containsText("成功");
            Locator outputs = page.locator("#flow-outputs");
            assertThat(outputs).containsText(company.name());
            assertThat(outputs).containsText(company.creditCode());

            // 运行日志
            page.click("#integration-tabs a[href$='/admin/integration/runs']");
            Locator latest = page.locator("#run-table tbody tr").first();
            assertThat(latest).containsText("tyc_baseinfo");
            assertThat(latest).containsText("成功");
            latest.locator("a").click();
            assertThat(page.locator("#run-inputs")).containsText(company.name());
            assertThat(page.locator("#run-outputs")).containsText(company.creditCode());
            assertThat(page.locator(".run-node .call-request")).containsText("Authorization: ••••");
            assertThat(page.content()).doesNotContain(TOKEN);
        } catch (AssertionError | RuntimeException e) {
            Browser.screenshot(page, "integration-centre");
            throw e;
        } finally {
            page.context().close();
        }
    }

    /** The rows of the integration forms' tables are bound by name (e.g. {@code fields[2].path}), as the server reads them. */
    private static String cell(String table, int index, String column) {
        return named(table + "[" + index + "]." + column);
    }

    private static String named(String name) {
        return "[name='" + name + "']";
    }

    private static void row(Page page, String table, int index, String name, String label, String type) {
        page.fill(cell(table, index, "name"), name);
        page.fill(cell(table, index, "label"), label);
        if (type != null) page.selectOption(cell(table, index, "type"), type);
    }

    private static void field(Page page, int index, String name, String label, String path, String type) {
        row(page, "fields", index, name, label, type);
        page.fill(cell("fields", index, "path"), path);
    }
}
