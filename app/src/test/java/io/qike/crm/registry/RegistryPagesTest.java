package io.qike.crm.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The registry's pages and fragments: both languages, admin only where it should be, clear messages, the refresh diff. */
@IntegrationTest
class RegistryPagesTest {
    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired RegistrySandbox sandbox;
    @Autowired RegistryCustomers registry;
    @Autowired CustomerService customers;
    @Autowired CompanyDataSet companies;

    @Test
    void theSettingsPageRendersInBothLanguagesForAdminsOnlyAndShowsFormErrors() throws Exception {
        TestTenant t = fixtures.tenant();
        RegistrySandbox.Keys keys = sandbox.initialize(t.adminId(), port, RegistryProvider.TIANYANCHA);
        QikeUser admin = fixtures.user(t.adminId());
        String zh = page(get("/registry/settings"), admin, "zh-CN", 200);
        assertThat(zh).contains("工商信息设置", "初始化动作流", "字段映射关系", "天眼查").doesNotContain("??");
        assertThat(zh).as("the token is never shown").doesNotContain(keys.key());
        assertThat(page(get("/registry/settings"), admin, "en", 200)).contains("Field mapping", "Initialise action flows").doesNotContain("??");
        page(get("/registry/settings"), fixtures.user(t.rep1Id()), "zh-CN", 403);
        String bad = page(post("/registry/settings").with(csrf()).param("searchTtlMinutes", "abc").param("detailTtlMinutes", "0"),
                admin, "zh-CN", 200);
        assertThat(bad).contains("registry-errors", "searchTtlMinutes", "detailTtlMinutes");
        String listed = org.jsoup.Jsoup.parse(bad).select("#registry-errors").text();
        assertThat(listed).as("the fields are named by their labels").contains("搜索结果缓存（分钟）")
                .doesNotContain("searchTtlMinutes");
        page(post("/registry/settings").param("enabled", "on"), admin, "zh-CN", 403); // no CSRF token
    }

    @Test
    void theLookupFragmentsExplainEveryOutcome() throws Exception {
        TestTenant t = fixtures.tenant();
        QikeUser rep = fixtures.user(t.rep1Id());
        assertThat(page(get("/registry/panel/new-customer"), rep, "zh-CN", 200)).doesNotContain("工商查询");
        sandbox.only(t.adminId(), port, RegistryProvider.QIXIN);
        assertThat(page(get("/registry/panel/new-customer"), rep, "zh-CN", 200)).contains("工商查询", "registry-keyword");
        assertThat(page(get("/registry/candidates").param("keyword", "华"), rep, "zh-CN", 200)).contains("请至少输入 2 个字");
        assertThat(page(get("/registry/candidates").param("keyword", "查无此公司名称"), rep, "en", 200)).contains("Qixin found no such company.");
        String missing = page(get("/registry/customers/new").param("keyword", "查无此公司名称"), rep, "zh-CN", 200);
        assertThat(missing).contains("registry-problem", "启信宝没有查到这家企业");
        // The prefilled form's own address with a company the registry does not know: a clear page, not a 500.
        String unknown = page(get("/customers/new/registry").param("reference", "查无此公司名称"), rep, "zh-CN", 404);
        assertThat(unknown).contains("无法用工商信息预填客户", "启信宝没有查到这家企业");
        assertThat(page(get("/customers/new/registry").param("reference", "查无此公司名称"), rep, "en", 404))
                .contains("Qixin found no such company.");
    }

    @Test
    void refreshShowsTheChangedFieldsAndWritesOnlyTheAcceptedOnes() throws Exception {
        TestTenant t = fixtures.tenant();
        sandbox.only(t.adminId(), port, RegistryProvider.QICHACHA);
        Company c = companies.get(2024);
        long id = fixtures.as(t.rep1Id(), () -> registry.create(null, c.creditCode(), null).id());
        var changed = fixtures.as(t.rep1Id(), () -> {
            var d = customers.draftOf(customers.get(id));
            return customers.update(id, d.toBuilder().legalRepresentative("张三").address("旧地址").build());
        });
        assertThat(changed.legalRepresentative()).isEqualTo("张三");
        QikeUser rep = fixtures.user(t.rep1Id());
        assertThat(page(get("/registry/customers/" + id + "/panel"), rep, "zh-CN", 200)).contains("刷新工商信息", "企查查");
        String diff = page(get("/registry/customers/" + id + "/refresh"), rep, "zh-CN", 200);
        assertThat(diff).contains("accept-legalRepresentative", "accept-address", "张三", c.legalPerson());
        MvcResult r = mvc.perform(post("/registry/customers/" + id + "/refresh").with(user(rep)).with(csrf())
                .param("fields", "legalRepresentative")).andReturn();
        assertThat(r.getResponse().getHeader("HX-Redirect")).isEqualTo("/customers/" + id);
        var after = fixtures.as(t.rep1Id(), () -> customers.get(id));
        assertThat(after.legalRepresentative()).isEqualTo(c.legalPerson());
        assertThat(after.address()).isEqualTo("旧地址");
        page(get("/registry/customers/" + id + "/refresh"), fixtures.user(t.rep2Id()), "zh-CN", 404); // not in rep2's scope
    }

    @Test
    void theCustomerListOffersEnrichmentAndItsProgressPageRenders() throws Exception {
        TestTenant t = fixtures.tenant();
        sandbox.only(t.adminId(), port, RegistryProvider.QIXIN);
        QikeUser rep = fixtures.user(t.rep1Id());
        long id = fixtures.as(t.rep1Id(), () -> customers.create(io.qike.crm.customer.CustomerDraft.named(companies.get(2100).name())).id());
        assertThat(page(get("/customers"), rep, "zh-CN", 200)).contains("registry-enrich-form", "补全所有无信用代码的客户");
        MvcResult r = mvc.perform(post("/registry/enrichments").with(user(rep)).with(csrf()).param("customerIds", String.valueOf(id)))
                .andReturn();
        String location = r.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/registry/enrichments/");
        assertThat(page(get(location), rep, "zh-CN", 200)).contains("工商批量补全", "enrichment-progress");
        assertThat(page(get(location), rep, "en", 200)).contains("Registry enrichment").doesNotContain("??");
        MvcResult none = mvc.perform(post("/registry/enrichments").with(user(rep)).with(csrf())).andReturn();
        assertThat(none.getResponse().getRedirectedUrl()).isEqualTo("/customers");
    }

    @Test
    void theRegistryPrefilledFormAlsoWaitsForConfirmationWhenANameIsSimilar() throws Exception {
        TestTenant t = fixtures.tenant();
        sandbox.only(t.adminId(), port, RegistryProvider.QICHACHA);
        Company c = companies.get(2025);
        fixtures.as(t.rep2Id(), () -> customers.create(io.qike.crm.customer.CustomerDraft.named(c.name())));
        QikeUser rep = fixtures.user(t.rep1Id());
        String refused = page(post("/customers/new/registry").with(csrf()).param("reference", c.creditCode())
                .param("name", c.name()).param("creditCode", c.creditCode()).param("source", "REGISTRY"), rep, "zh-CN", 200);
        assertThat(refused).contains("similar-confirm", "仍然创建", "prefill-note");

        MvcResult saved = mvc.perform(post("/customers/new/registry").with(csrf()).with(user(rep)).param("reference", c.creditCode())
                .param("name", c.name()).param("creditCode", c.creditCode()).param("source", "REGISTRY").param("confirmSimilar", "true"))
                .andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        long id = Long.parseLong(saved.getResponse().getRedirectedUrl().replace("/customers/", ""));
        assertThat(fixtures.as(t.rep1Id(), () -> customers.get(id)).registryProvider()).isEqualTo("qichacha");
    }

    private String page(MockHttpServletRequestBuilder request, QikeUser who, String lang, int status) throws Exception {
        MvcResult r = mvc.perform(request.with(user(who)).cookie(new Cookie("qike-lang", lang))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(status);
        return r.getResponse().getContentAsString();
    }
}
