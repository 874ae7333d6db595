package io.qike.crm.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.customfield.FieldType;
import io.qike.crm.platform.DataScope;
import io.qike.crm.platform.org.RoleService;
import io.qike.crm.platform.org.TenantProvisioning;
import io.qike.crm.platform.security.ApiTokens;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ExportTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired ApiTokens tokens;
    TestClients clients;
    @Autowired CustomFields customFields;
    @Autowired RoleService roles;
    @Autowired TenantProvisioning provisioning;
    @Autowired JdbcClient jdbc;
    TestTenant tenant;
    Api admin;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        clients = new TestClients(port, tokens, fixtures);
        admin = clients.api(tenant.adminId());
        fixtures.asRun(tenant.adminId(), () -> customFields.define(CustomObject.CUSTOMER, "grade", "行业等级", FieldType.SINGLE_SELECT,
                List.of("金牌", "银牌"), false, false, true));
        admin.post("/api/v1/customers?confirmSimilar=true", Api.json(Map.of("name", "管理员的客户有限公司", "level", "A", "custom", Map.of("grade", "金牌"))));
        admin.post("/api/v1/customers?confirmSimilar=true", Api.json(Map.of("name", "李销售的客户甲有限公司", "ownerId", tenant.rep1Id(),
                "creditCode", Xlsx.code(31), "establishedOn", "2012-05-06")));
        admin.post("/api/v1/customers?confirmSimilar=true", Api.json(Map.of("name", "李销售的客户乙有限公司", "ownerId", tenant.rep1Id(), "level", "B")));
        admin.post("/api/v1/customers?confirmSimilar=true", Api.json(Map.of("name", "赵销售的客户有限公司", "ownerId", tenant.rep2Id())));
    }

    @Test
    void aSelfScopedRepExportsOnlyTheirOwnCustomers() {
        ImportClient rep1 = clients.imports(tenant.rep1Id());
        ImportClient.Download file = rep1.get("/api/v1/customers/export");

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.disposition()).contains("attachment").contains(".xlsx");
        List<List<String>> rows = Xlsx.read(file.body(), 0);
        assertThat(rows.get(0)).startsWith("客户名称", "统一社会信用代码").contains("行业等级", "负责人账号", "负责人");
        assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList())
                .containsExactlyInAnyOrder("李销售的客户甲有限公司", "李销售的客户乙有限公司");
        int owner = rows.get(0).indexOf("负责人账号");
        assertThat(rows.get(1).get(owner)).isEqualTo(tenant.login("rep1"));
    }

    @Test
    void theExportFollowsTheListQueryAndCarriesCustomValues() {
        ImportClient admins = clients.imports(tenant.adminId());
        List<List<String>> all = Xlsx.read(admins.get("/api/v1/customers/export").body(), 0);
        assertThat(all).hasSize(5);

        List<List<String>> filtered = Xlsx.read(admins.get("/api/v1/customers/export?custom.grade=%E9%87%91%E7%89%8C").body(), 0);
        assertThat(filtered).hasSize(2);
        List<String> header = filtered.get(0);
        assertThat(filtered.get(1).get(header.indexOf("行业等级"))).isEqualTo("金牌");
        assertThat(filtered.get(1).get(header.indexOf("客户等级"))).isEqualTo("A 重点");

        List<List<String>> sorted = Xlsx.read(admins.get("/api/v1/customers/export?q=%E6%9D%8E%E9%94%80%E5%94%AE&sort=name&order=asc").body(), 0);
        assertThat(sorted.subList(1, sorted.size()).stream().map(r -> r.get(0)).toList())
                .containsExactly("李销售的客户乙有限公司", "李销售的客户甲有限公司");

        Integer audits = fixtures.as(tenant.adminId(), () -> jdbc.sql(
                "select count(*) from audit_log where action = 'EXPORT' and object_type = 'CUSTOMER' and changes->'rows'->>'after' = '4'")
                .query(Integer.class).single());
        assertThat(audits).isEqualTo(1);
    }

    @Test
    void anExportedFileImportsBackOnceItsCreditCodesAreFree() {
        ImportClient admins = clients.imports(tenant.adminId());
        byte[] exported = admins.get("/api/v1/customers/export?q=%E7%94%B2").body();
        admin.delete("/api/v1/customers/" + admin.get("/api/v1/customers?q=%E7%94%B2").json().get("items").get(0).get("id").asLong());

        var job = admins.importFile("CUSTOMER", exported);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        var back = admin.get("/api/v1/customers?q=%E7%94%B2").json().get("items").get(0);
        assertThat(back.get("creditCode").asString()).isEqualTo(Xlsx.code(31));
        assertThat(back.get("establishedOn").asString()).isEqualTo("2012-05-06");
        assertThat(back.get("ownerId").asLong()).isEqualTo(tenant.rep1Id());
    }

    @Test
    void withoutTheExportPermissionTheExportIsRefused() {
        long viewer = fixtures.as(tenant.adminId(), () -> {
            long role = roles.create("只读", DataScope.ALL, Set.of("customer:view", "contact:view"));
            return provisioning.user(tenant.login("viewer"), "只读用户", tenant.salesDeptId(), null, TestFixtures.PASSWORD, role);
        });
        assertThat(viewer).isPositive();
        ImportClient client = clients.imports(viewer);
        ImportClient.Download refused = client.get("/api/v1/customers/export");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.disposition()).isEmpty();
        assertThat(client.get("/api/v1/contacts/export").status()).isEqualTo(403);
    }

    @Test
    void contactsExportWithTheirCustomer() {
        long customer = admin.get("/api/v1/customers?q=%E7%94%B2").json().get("items").get(0).get("id").asLong();
        admin.post("/api/v1/contacts", Api.json(Map.of("name", "张三", "customerId", customer, "mobile", "13800138000")));
        admin.post("/api/v1/contacts", Api.json(Map.of("name", "李四")));
        ImportClient admins = clients.imports(tenant.adminId());

        List<List<String>> rows = Xlsx.read(admins.get("/api/v1/contacts/export?q=%E5%BC%A0").body(), 0);
        assertThat(rows).hasSize(2);
        List<String> header = rows.get(0);
        assertThat(rows.get(1).get(header.indexOf("客户名称"))).isEqualTo("李销售的客户甲有限公司");
        assertThat(rows.get(1).get(header.indexOf("客户统一社会信用代码"))).isEqualTo(Xlsx.code(31));
        assertThat(rows.get(1).get(header.indexOf("手机"))).isEqualTo("13800138000");
    }
}
