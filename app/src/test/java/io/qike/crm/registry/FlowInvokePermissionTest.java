package io.qike.crm.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.platform.DataScope;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.org.RoleService;
import io.qike.crm.platform.org.TenantProvisioning;
import io.qike.crm.registry.preset.ProviderPresets;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.data.CompanyDataSet;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 调用动作流 respects permissions: each flow declares who may invoke it; the 工商信息 flows need 工商查询 as
 * /api/v1/registry/search does, an administrator's own flow is for administrators until they choose otherwise.
 */
@IntegrationTest
class FlowInvokePermissionTest {
    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired RegistrySandbox sandbox;
    @Autowired RoleService roles;
    @Autowired TenantProvisioning provisioning;
    @Autowired CompanyDataSet companies;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aViewOnlyUserCannotRunThePaidSearchFlowAndARepWithLookupCan() {
        TestTenant t = fixtures.tenant();
        RegistrySandbox.Keys keys = sandbox.only(t.adminId(), port, RegistryProvider.QIXIN);
        fixtures.as(t.adminId(), () -> {
            long role = roles.create("只读", DataScope.SELF, Set.of("customer:view"));
            return provisioning.user(t.prefix() + "-viewer", "只读用户", t.salesDeptId(), null, TestFixtures.PASSWORD, role);
        });
        String flow = "/api/v1/action-flows/" + ProviderPresets.searchFlow(RegistryProvider.QIXIN) + "/invoke";
        String body = Api.json(Map.of("inputs", Map.of("keyword", companies.get(5).name())));
        long before = sandbox.calls(keys);

        Api viewer = new Api(port).login(t.login("viewer"), TestFixtures.PASSWORD);
        assertThat(viewer.get("/api/v1/registry/search?keyword=abc").status()).isEqualTo(403);
        assertThat(viewer.post(flow, body).status()).isEqualTo(403);
        assertThat(sandbox.calls(keys)).as("no paid call for a refused invoke").isEqualTo(before);

        Api.Response rep = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD).post(flow, body);
        assertThat(rep.status()).as(rep.body()).isEqualTo(200);
        assertThat(rep.json().get("status").asString()).isEqualTo("SUCCESS");
        assertThat(sandbox.calls(keys)).isEqualTo(before + 1);
    }

    @Test
    void anAdministratorsFlowIsForAdministratorsUntilTheyChooseWhoMayInvokeIt() {
        TestTenant t = fixtures.tenant();
        Api admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        Map<String, Object> greeting = Map.of("apiName", "greeting", "name", "问候", "definition", Map.of("nodes", List.of(
                Map.of("type", "OUTPUT", "id", "out", "fields", List.of(Map.of("name", "text", "expression", "你好"))))));
        Api.Response saved = admin.post("/api/v1/integration/action-flows", Api.json(greeting));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(saved.json().get("invokePermission").asString()).isEqualTo("ADMIN_INTEGRATION");
        long id = saved.json().get("id").asLong();

        Api rep = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD);
        assertThat(rep.post("/api/v1/action-flows/greeting/invoke", "{}").status()).isEqualTo(403);
        assertThat(admin.post("/api/v1/action-flows/greeting/invoke", "{}").json().get("outputs").get("text").asString()).isEqualTo("你好");

        Map<String, Object> forReps = new java.util.HashMap<>(greeting);
        forReps.put("invokePermission", "CUSTOMER_VIEW");
        assertThat(admin.put("/api/v1/integration/action-flows/" + id, Api.json(forReps)).status()).isEqualTo(200);
        Api.Response invoked = rep.post("/api/v1/action-flows/greeting/invoke", "{}");
        assertThat(invoked.status()).as(invoked.body()).isEqualTo(200);
        assertThat(invoked.json().get("outputs").get("text").asString()).isEqualTo("你好");
    }

    @Test
    void theFlowEditorShowsWhoMayInvokeAPresetFlowAndSavesTheChoice() throws Exception {
        TestTenant t = fixtures.tenant();
        sandbox.only(t.adminId(), port, RegistryProvider.QIXIN);
        QikeUser admin = fixtures.user(t.adminId());
        long id = 0;
        for (var f : new Api(port).login(t.login("admin"), TestFixtures.PASSWORD).get("/api/v1/integration/action-flows").json()) {
            if (f.get("apiName").asString().equals(ProviderPresets.searchFlow(RegistryProvider.QIXIN))) id = f.get("id").asLong();
        }

        Document editor = page(get("/admin/integration/flows/" + id), admin);
        assertThat(editor.select("label[for=invokePermission]").text()).isEqualTo("调用权限");
        assertThat(editor.select("#invokePermission option[selected]").text()).isEqualTo("工商查询与补全（付费调用）");
        assertThat(editor.select("#invokePermission option").eachText()).contains("集成中心管理", "关系挖掘与其客户查询（付费调用）", "客户查看");

        MockHttpServletRequestBuilder save = post("/admin/integration/flows/" + id).with(user(admin)).with(csrf());
        FormElement form = editor.select("form#flow-form").forms().get(0);
        form.formData().stream().filter(kv -> !kv.key().equals("invokePermission")).forEach(kv -> save.param(kv.key(), kv.value()));
        save.param("invokePermission", "INTEL_MINE");
        assertThat(mvc.perform(save).andReturn().getResponse().getRedirectedUrl()).endsWith("/admin/integration/flows/" + id);
        assertThat(page(get("/admin/integration/flows/" + id), admin).select("#invokePermission option[selected]").text())
                .isEqualTo("关系挖掘与其客户查询（付费调用）");
    }

    @Test
    void theMigrationGivesTheRegistryFlowsLookupAndEveryOtherFlowAdministratorsOnly() throws Exception {
        TestTenant t = fixtures.tenant();
        sandbox.only(t.adminId(), port, RegistryProvider.QIXIN);
        Api admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        admin.post("/api/v1/integration/action-flows", Api.json(Map.of("apiName", "greeting", "name", "问候", "invokePermission", "CUSTOMER_VIEW",
                "definition", Map.of("nodes", List.of(Map.of("type", "OUTPUT", "id", "out", "fields", List.of(Map.of("name", "text", "expression", "你好"))))))));
        String migration = new org.springframework.core.io.ClassPathResource("db/migration/V58__who_may_invoke_flows_and_what_reps_learn.sql")
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        fixtures.asRun(t.adminId(), () -> {
            jdbc.sql("update action_flow set invoke_permission = null").update(); // as before the migration
            for (String statement : migration.replaceAll("(?m)^--.*$", "").split(";")) {
                if (statement.strip().startsWith("update action_flow")) jdbc.sql(statement).update();
            }
        });
        Map<String, String> byFlow = new java.util.HashMap<>();
        for (var f : admin.get("/api/v1/integration/action-flows").json()) byFlow.put(f.get("apiName").asString(), f.get("invokePermission").asString());
        assertThat(byFlow).containsEntry(ProviderPresets.searchFlow(RegistryProvider.QIXIN), "REGISTRY_LOOKUP")
                .containsEntry(ProviderPresets.detailFlow(RegistryProvider.QIXIN), "REGISTRY_LOOKUP").containsEntry("greeting", "ADMIN_INTEGRATION");
        assertThat(new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD).post("/api/v1/action-flows/greeting/invoke", "{}").status())
                .isEqualTo(403);
    }

    private Document page(MockHttpServletRequestBuilder request, QikeUser who) throws Exception {
        String html = mvc.perform(request.with(user(who)).cookie(new Cookie("qike-lang", "zh-CN"))).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }
}
