package io.qike.crm.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.intel.IntelFixture;
import io.qike.crm.intel.SandboxRelations;
import io.qike.crm.platform.DataScope;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.org.Role;
import io.qike.crm.platform.org.RoleService;
import io.qike.crm.platform.org.TenantProvisioning;
import io.qike.crm.registry.settings.InitializeRequest;
import io.qike.crm.registry.settings.RegistrySettingsService;
import io.qike.crm.registry.settings.SettingsDraft;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Paid calls: registry search pages through the providers' own paging with their total; 工商查询 and 关系挖掘 are
 * permissions of their own; bulk enrichment shows its paid calls and cost before it starts; the 工商信息 card.
 */
@IntegrationTest
class RegistryPaidCallsTest {
    private static final String LOOKUP = Permission.REGISTRY_LOOKUP.code(), MINE = Permission.INTEL_MINE.code();
    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired RegistrySandbox sandbox;
    @Autowired RegistryCustomers registry;
    @Autowired CustomerService customers;
    @Autowired CompanyDataSet companies;
    @Autowired RegistrySettingsService settings;
    @Autowired RoleService roles;
    @Autowired TenantProvisioning provisioning;
    @Autowired IntelFixture intel;
    @Autowired JdbcClient jdbc;

    @Test
    void aSearchWithTwentyTwoHitsSaysTwentyTwoAndItsSecondPageShowsTheRestWithEachProvider() throws Exception {
        String keyword = keywordWithHits(22);
        Set<String> expected = companies.search(keyword).stream().map(Company::name).collect(Collectors.toSet());
        for (RegistryProvider p : RegistryProvider.values()) {
            TestTenant t = fixtures.tenant();
            sandbox.only(t.adminId(), port, p);
            QikeUser rep = fixtures.user(t.rep1Id());
            Document first = html(get("/registry/candidates").param("keyword", keyword), rep);
            assertThat(first.select("#registry-total").text()).as(p.code()).isEqualTo("找到 22 家企业");
            assertThat(first.select(".registry-candidate")).as(p.code()).hasSize(20);
            assertThat(first.select("#registry-next").attr("hx-get")).contains("page=2");
            Document second = html(get("/registry/candidates").param("keyword", keyword).param("page", "2"), rep);
            assertThat(second.select("#registry-total").text()).isEqualTo("找到 22 家企业");
            assertThat(second.select(".registry-candidate")).as(p.code()).hasSize(2);
            assertThat(second.select("#registry-next")).isEmpty();
            Set<String> shown = new HashSet<>();
            for (Document d : List.of(first, second)) for (Element row : d.select(".registry-candidate")) shown.add(row.child(0).text());
            assertThat(shown).as(p.code() + ": both pages together are every hit").isEqualTo(expected);

            Api.Response api = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD)
                    .get("/api/v1/registry/search?keyword=" + java.net.URLEncoder.encode(keyword, StandardCharsets.UTF_8) + "&page=2");
            assertThat(api.status()).isEqualTo(200);
            assertThat(api.json().get("total").asLong()).isEqualTo(22);
            assertThat(api.json().get("candidates").size()).isEqualTo(2);
        }
    }

    @Test
    void aSalesRepLooksTheRegistryUpButMayNotStartAMiningRun() throws Exception {
        IntelFixture.Ready r = intel.tenant(port, false);
        TestTenant t = r.tenant();
        sandbox.only(t.adminId(), port, RegistryProvider.QICHACHA);
        QikeUser rep = fixtures.user(t.rep1Id());
        Company c = companies.get(777);
        assertThat(html(get("/registry/candidates").param("keyword", c.name()), rep).select(".registry-candidate")).isNotEmpty();

        List<String> names = SandboxRelations.connected(companies, 3, 0);
        MvcResult page = mvc.perform(post("/intel/partnerships/runs").with(user(rep)).with(csrf())
                .param("pasted", String.join("\n", names))).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(403);
        Api api = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD);
        String body = "{\"companies\":[\"" + String.join("\",\"", names) + "\"]}";
        assertThat(api.post("/api/v1/intel/partnership-jobs", body).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/intel/partnerships", body).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/intel/partnership-plans", body).status()).as("planning is free").isEqualTo(200);
        Document preview = html(post("/intel/partnerships/preview").with(csrf()).param("pasted", String.join("\n", names)), rep);
        assertThat(preview.select("#mining-start")).isEmpty();
        assertThat(preview.select("#mining-not-allowed")).hasSize(1);

        Api manager = new Api(port).login(t.login("manager"), TestFixtures.PASSWORD);
        assertThat(manager.post("/api/v1/intel/partnership-jobs", body).status()).isEqualTo(202);
    }

    @Test
    void aRoleWithoutLookupGets403OnSearchAndSeesNoRegistryActions() throws Exception {
        TestTenant t = fixtures.tenant();
        sandbox.only(t.adminId(), port, RegistryProvider.QIXIN);
        long clerk = fixtures.as(t.adminId(), () -> {
            long role = roles.create("录入员", DataScope.SELF, Set.of("customer:view", "customer:create", "customer:edit"));
            return provisioning.user(t.prefix() + "-clerk", "录入员", t.salesDeptId(), null, TestFixtures.PASSWORD, role);
        });
        QikeUser who = fixtures.user(clerk);
        MvcResult search = mvc.perform(get("/registry/candidates").param("keyword", companies.get(5).name()).with(user(who))).andReturn();
        assertThat(search.getResponse().getStatus()).isEqualTo(403);
        assertThat(new Api(port).login(t.login("clerk"), TestFixtures.PASSWORD).get("/api/v1/registry/search?keyword=abc").status())
                .isEqualTo(403);
        assertThat(html(get("/registry/panel/new-customer"), who).select("#registry-keyword")).isEmpty();
        assertThat(html(get("/customers"), who).select("#registry-enrich-form")).isEmpty();
    }

    @Test
    void newEnterprisesGiveLookupToSalesAndMiningToManagersAndTheRoleEditorNamesBoth() throws Exception {
        TestTenant t = fixtures.tenant();
        Map<String, Set<String>> byName = fixtures.as(t.adminId(), () -> roles.list()).stream()
                .collect(Collectors.toMap(Role::name, Role::permissions));
        assertThat(byName.get("管理员")).contains(LOOKUP, MINE);
        assertThat(byName.get("销售经理")).contains(LOOKUP, MINE);
        assertThat(byName.get("销售")).contains(LOOKUP).doesNotContain(MINE);
        String editor = mvc.perform(get("/admin/roles").with(user(fixtures.user(t.adminId()))).cookie(new Cookie("qike-lang", "zh-CN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(editor).contains("工商查询与补全（付费调用）", "关系挖掘与其客户查询（付费调用）");
    }

    @Test
    void theMigrationKeepsWhatRolesCouldDoExceptMiningForTheBuiltInSalesRole() throws Exception {
        TestTenant t = fixtures.tenant();
        String migration = new ClassPathResource("db/migration/V52__paid_call_permissions.sql").getContentAsString(StandardCharsets.UTF_8);
        Map<String, Set<String>> after = fixtures.as(t.adminId(), () -> {
            roles.create("新建客户", DataScope.SELF, Set.of("customer:view", "customer:create"));
            roles.create("只读", DataScope.SELF, Set.of("customer:view"));
            jdbc.sql("delete from role_permission where permission in (:codes)").param("codes", List.of(LOOKUP, MINE)).update();
            for (String statement : migration.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) jdbc.sql(statement).update();
            }
            return roles.list().stream().collect(Collectors.toMap(Role::name, Role::permissions));
        });
        assertThat(after.get("新建客户")).contains(LOOKUP, MINE);
        assertThat(after.get("只读")).contains(MINE).doesNotContain(LOOKUP);
        assertThat(after.get("销售")).contains(LOOKUP).doesNotContain(MINE);
        assertThat(after.get("销售经理")).contains(LOOKUP, MINE);
    }

    @Test
    void bulkEnrichmentShowsItsPaidCallsAndCostBeforeItStarts() throws Exception {
        TestTenant t = fixtures.tenant();
        RegistrySandbox.Keys keys = sandbox.keys(RegistryProvider.QIXIN, 0);
        fixtures.as(t.adminId(), () -> settings.initialize("qixin", new InitializeRequest(keys.key(), keys.secret(),
                RegistrySandbox.base(port, RegistryProvider.QIXIN), 0, null, new BigDecimal("0.30"), false)));
        fixtures.as(t.adminId(), () -> settings.update(new SettingsDraft(true, "qixin", "", null, null, null, null)));
        Company a = companies.get(901), b = companies.get(902), cached = companies.get(903), held = companies.get(904);
        List<Long> ids = new ArrayList<>(fixtures.as(t.rep1Id(), () -> List.of(
                customers.create(CustomerDraft.named(a.name())).id(),
                customers.create(CustomerDraft.named(b.name())).id(),
                customers.create(CustomerDraft.named(cached.name()).withCreditCode(cached.creditCode())).id(),
                registry.create(null, held.creditCode(), null).id())));
        fixtures.as(t.rep1Id(), () -> registry.company(cached.creditCode()));
        long callsBefore = sandbox.calls(keys);
        QikeUser rep = fixtures.user(t.rep1Id());

        assertThat(html(get("/customers"), rep).select("#registry-enrich-form").attr("action")).isEqualTo("/registry/enrichments/estimate");
        MockHttpServletRequestBuilder estimate = post("/registry/enrichments/estimate").with(csrf()).param("scope", "selected");
        ids.forEach(id -> estimate.param("customerIds", String.valueOf(id)));
        Document confirm = html(estimate, rep);
        assertThat(confirm.select("#estimate-customers").text()).isEqualTo("4");
        assertThat(confirm.select("#estimate-free").text()).isEqualTo("2");
        assertThat(confirm.select("#estimate-calls").text()).isEqualTo("2");
        assertThat(confirm.select("#estimate-cost").text()).isEqualTo("0.60");
        assertThat(sandbox.calls(keys)).as("estimating calls nobody").isEqualTo(callsBefore);

        MockHttpServletRequestBuilder start = post(confirm.select("#enrichment-confirm").attr("action")).with(csrf());
        for (Element input : confirm.select("#enrichment-confirm input[type=hidden]")) {
            if (!input.attr("name").equals("_csrf")) start.param(input.attr("name"), input.val());
        }
        MvcResult started = mvc.perform(start.with(user(rep))).andReturn();
        assertThat(started.getResponse().getRedirectedUrl()).startsWith("/registry/enrichments/");
    }

    @Test
    void theCustomerPageHasOneRegistryCardWithTheFormerNamesOfEachProvider() throws Exception {
        Company renamed = companies.companies().stream().filter(x -> x.formerNames().size() > 0).skip(3).findFirst().orElseThrow();
        for (RegistryProvider p : RegistryProvider.values()) {
            TestTenant t = fixtures.tenant();
            sandbox.only(t.adminId(), port, p);
            long id = fixtures.as(t.rep1Id(), () -> registry.create(null, renamed.creditCode(), null).id());
            QikeUser rep = fixtures.user(t.rep1Id());
            Document panel = html(get("/registry/customers/" + id + "/panel"), rep);
            assertThat(panel.select("#registry-former-names").text()).as(p.code()).contains("曾用名", renamed.formerNames().get(0).name());
            Document detail = html(get("/customers/" + id), rep);
            assertThat(detail.select("#registry-panel")).hasSize(1);
            assertThat(detail.text()).as("the registry source is named on the 工商信息 card only").doesNotContain("工商信息来自");
        }
    }

    @Test
    void theRegistrySettingsPageNamesTheMenuItIsUnder() throws Exception {
        TestTenant t = fixtures.tenant();
        Document page = html(get("/registry/settings"), fixtures.user(t.adminId()));
        assertThat(page.select(".page-pretitle").text()).isEqualTo("系统管理");
    }

    /** A keyword the sandbox's search matches exactly {@code n} companies with (every provider searches the same data). */
    private String keywordWithHits(int n) {
        for (Company c : companies.companies().subList(0, 400)) {
            String name = c.name();
            for (int len = 2; len <= 4; len++) {
                for (int i = 0; i + len <= name.length(); i++) {
                    String k = name.substring(i, i + len);
                    if (companies.search(k).size() == n) return k;
                }
            }
        }
        throw new IllegalStateException("no keyword with " + n + " hits");
    }

    private Document html(MockHttpServletRequestBuilder request, QikeUser who) throws Exception {
        MvcResult r = mvc.perform(request.with(user(who)).cookie(new Cookie("qike-lang", "zh-CN"))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString());
    }
}
