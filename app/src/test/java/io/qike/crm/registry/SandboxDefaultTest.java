package io.qike.crm.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.platform.QikeUser;
import io.qike.crm.registry.settings.DemoSandbox;
import io.qike.crm.registry.settings.SettingsView;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The embedded default's first hour (seed 000): on a fresh enterprise every provider is offered the
 * in-process simulator with its demo keys, so 开关, 初始化动作流 and a search work with nothing typed;
 * the switch survives the initialisation; the page says which service a provider is pointed at.
 */
@IntegrationTest
class SandboxDefaultTest {
    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired RegistrySandbox sandbox;
    @Autowired CompanyDataSet companies;

    @ParameterizedTest
    @EnumSource(RegistryProvider.class)
    void aFreshEnterpriseSearchesTheSimulatorWithNoKeyTyped(RegistryProvider p) throws Exception {
        TestTenant t = fixtures.tenant();
        QikeUser admin = fixtures.user(t.adminId());
        SettingsView.ProviderView slot = sandbox.view(t.adminId()).provider(p.code());
        assertThat(slot.defaultBaseUrl()).endsWith("/sandbox/" + p.code());
        String page = page(get("/registry/settings"), admin, "zh-CN", 200);
        assertThat(page).contains("id=\"useSandbox-" + p.code() + "\" checked", "value=\"" + slot.defaultBaseUrl() + "\"");

        page(post("/registry/settings/enabled").with(csrf()).param("enabled", "on"), admin, "zh-CN", 200);
        // exactly what the untouched form posts: blank key and secret, the pre-filled URL, the sandbox ticked
        MvcResult r = mvc.perform(post("/registry/settings/providers/" + p.code() + "/initialize").with(user(admin)).with(csrf())
                .param("apiKey", "").param("secretKey", "").param("baseUrl", slot.defaultBaseUrl()).param("qps", "")
                .param("dailyBudget", "").param("costPerCall", "").param("useSandbox", "on")).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).as(r.getResponse().getContentAsString()).startsWith("/registry/settings");
        assertThat(sandbox.view(t.adminId()).provider(p.code()).baseUrl()).isEqualTo(slot.defaultBaseUrl());

        Company c = companies.get(1234);
        String found = page(get("/registry/candidates").param("keyword", c.name()), fixtures.user(t.rep1Id()), "zh-CN", 200);
        assertThat(found).contains(c.name(), c.creditCode());
    }

    @Test
    void theSwitchStaysOnAfterInitialising() throws Exception {
        TestTenant t = fixtures.tenant();
        QikeUser admin = fixtures.user(t.adminId());
        assertThat(page(post("/registry/settings/enabled").with(csrf()).param("enabled", "on"), admin, "zh-CN", 200)).contains("已开启并保存");
        page(post("/registry/settings/providers/qixin/initialize").with(csrf()).param("useSandbox", "on"), admin, "zh-CN", 302);
        assertThat(sandbox.view(t.adminId()).enabled()).isTrue();
        assertThat(page(get("/registry/settings"), admin, "zh-CN", 200)).containsPattern("id=\"registry-enabled\"[^>]*checked");
        assertThat(page(post("/registry/settings/enabled").with(csrf()), admin, "en", 200)).contains("Off, saved");
        assertThat(sandbox.view(t.adminId()).enabled()).isFalse();
    }

    @Test
    void theSettingsPageNamesTheServiceEachProviderIsPointedAt() throws Exception {
        TestTenant t = fixtures.tenant();
        QikeUser admin = fixtures.user(t.adminId());
        assertThat(page(get("/registry/settings"), admin, "zh-CN", 200)).contains("初始化后指向：演示沙箱");
        page(post("/registry/settings/providers/qichacha/initialize").with(csrf()).param("useSandbox", "on"), admin, "zh-CN", 302);
        page(post("/registry/settings/providers/tianyancha/initialize").with(csrf()).param("apiKey", "real-token-1234")
                .param("baseUrl", RegistryProvider.TIANYANCHA.defaultBaseUrl()), admin, "zh-CN", 302);
        String zh = page(get("/registry/settings"), admin, "zh-CN", 200);
        assertThat(zh).contains("当前指向：演示沙箱", "当前指向：真实服务 open.api.tianyancha.com",
                "改用真实服务：取消勾选“使用演示沙箱”", "改回演示沙箱").doesNotContain("??");
        String en = page(get("/registry/settings"), admin, "en", 200);
        assertThat(en).contains("Pointed at: the demo sandbox", "Pointed at: the real service open.api.tianyancha.com",
                "To use the real service", "Use the demo sandbox").doesNotContain("??");
    }

    @Test
    void aProviderThatCannotBeReachedSaysWhereToLook() throws Exception {
        TestTenant t = fixtures.tenant();
        QikeUser admin = fixtures.user(t.adminId());
        page(post("/registry/settings/enabled").with(csrf()).param("enabled", "on"), admin, "zh-CN", 200);
        page(post("/registry/settings/providers/qichacha/initialize").with(csrf()).param("apiKey", "some-key-1234")
                .param("secretKey", "some-secret-1234").param("baseUrl", "http://localhost:1/nothing"), admin, "zh-CN", 302);
        String zh = page(get("/registry/candidates").param("keyword", "某某科技有限公司"), fixtures.user(t.rep1Id()), "zh-CN", 200);
        assertThat(zh).contains("无法连接企查查", "工商信息设置", "使用演示沙箱");
    }

    @Test
    void onlyLoopbackUrlsUnderSandboxCountAsTheSandbox() {
        assertThat(DemoSandbox.isSandbox("http://localhost:8080/sandbox/qichacha")).isTrue();
        assertThat(DemoSandbox.isSandbox("https://api.qichacha.com")).isFalse();
        assertThat(DemoSandbox.isSandbox("https://example.com/sandbox/qichacha")).isFalse();
    }

    private String page(MockHttpServletRequestBuilder request, QikeUser who, String lang, int status) throws Exception {
        MvcResult r = mvc.perform(request.with(user(who)).cookie(new Cookie("qike-lang", lang))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(status);
        return r.getResponse().getContentAsString();
    }
}
