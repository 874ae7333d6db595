package io.qike.crm.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.customfield.FieldType;
import io.qike.crm.platform.security.ApiTokens;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class CustomerImportTest {
    static final List<String> HEADER = List.of("客户名称*", "统一社会信用代码", "客户等级", "来源", "成立日期", "标签（逗号分隔）", "行业等级");

    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired ApiTokens tokens;
    TestClients clients;
    @Autowired CustomFields customFields;
    @Autowired JdbcClient jdbc;
    @Autowired io.qike.crm.platform.org.EnterpriseSettings enterprise;
    @Autowired io.qike.crm.platform.org.RoleService roles;
    @Autowired io.qike.crm.platform.org.TenantProvisioning provisioning;
    TestTenant tenant;
    Api admin;
    ImportClient imports;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        clients = new TestClients(port, tokens, fixtures);
        admin = clients.api(tenant.adminId());
        imports = clients.imports(tenant.adminId());
        fixtures.asRun(tenant.adminId(), () -> customFields.define(CustomObject.CUSTOMER, "grade", "行业等级", FieldType.SINGLE_SELECT,
                List.of("金牌", "银牌"), false, false, true));
    }

    @Test
    void underTheStrictDuplicateNoticeARepsImportDoesNotNameACustomerTheyCannotRead() {
        clients.api(tenant.rep1Id()).post("/api/v1/customers", Api.json(Map.of("name", "李销售的客户有限公司", "creditCode", Xlsx.code(11))));
        fixtures.asRun(tenant.adminId(), () -> enterprise.changeDuplicateHint("ASK_MANAGER"));
        byte[] file = Xlsx.of(HEADER, List.of(Xlsx.row("撞单有限公司", Xlsx.code(11), null, null, null, null, null)));

        long importer = fixtures.as(tenant.adminId(), () -> provisioning.user(tenant.prefix() + "-importer", "导入员", tenant.otherDeptId(), null,
                TestFixtures.PASSWORD, roles.create("导入员", io.qike.crm.platform.DataScope.SELF,
                        java.util.Set.of("customer:view", "customer:create", "customer:import"))));
        JsonNode job = clients.imports(importer).importFile("CUSTOMER", file);

        assertThat(job.get("errors").get(0).get("code").asString()).isEqualTo("duplicate_credit_code");
        assertThat(job.get("errors").get(0).get("reason").asString()).isEqualTo("该客户已存在，请联系主管。").doesNotContain("李销售的客户");
    }

    @Test
    void reportsEveryBadRowWithRowFieldAndReasonAndImportsNothing() {
        admin.post("/api/v1/customers", Api.json(Map.of("name", "已存在的客户有限公司", "creditCode", Xlsx.code(1))));
        byte[] file = Xlsx.of(HEADER, List.of(
                Xlsx.row("好客户一有限公司", Xlsx.code(2), "A", "展会", "2015-06-01", "重点,华东", "金牌"),
                Xlsx.row("坏代码有限公司", "913100000000000000", null, null, null, null, null),
                Xlsx.row(null, Xlsx.code(3), null, null, null, null, null),
                Xlsx.row("选项不对有限公司", null, null, null, null, null, "铜牌"),
                Xlsx.row("文件内重复甲有限公司", Xlsx.code(4), null, null, null, null, null),
                Xlsx.row("文件内重复乙有限公司", Xlsx.code(4).toLowerCase(), null, null, null, null, null),
                Xlsx.row("与已有重复有限公司", Xlsx.code(1), null, null, null, null, null)));

        JsonNode job = imports.importFile("CUSTOMER", file);

        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("imported").asInt()).isZero();
        assertThat(job.get("processed").asInt()).isEqualTo(7);
        assertThat(job.get("errors").valueStream().map(e -> tuple(e.get("row").asInt(), e.get("field").asString(),
                e.get("code").asString())).toList()).containsExactly(
                tuple(3, "creditCode", "credit_code"),
                tuple(4, "name", "required"),
                tuple(5, "custom.grade", "invalid_option"),
                tuple(7, "creditCode", "duplicate_in_file"),
                tuple(8, "creditCode", "duplicate_credit_code"));
        JsonNode inFile = job.get("errors").get(3);
        assertThat(inFile.get("reason").asString()).isEqualTo("与文件第 6 行重复");
        assertThat(inFile.get("column").asString()).isEqualTo("统一社会信用代码");
        assertThat(job.get("errors").get(4).get("reason").asString()).contains("已存在的客户有限公司");
        assertThat(job.get("errors").get(2).get("column").asString()).isEqualTo("行业等级");
        assertThat(job.get("errors").get(2).get("value").asString()).isEqualTo("铜牌");
        assertThat(admin.get("/api/v1/customers").json().get("total").asLong()).isEqualTo(1);

        ImportClient.Download report = imports.get("/api/v1/imports/" + job.get("id").asLong() + "/errors.xlsx");
        assertThat(report.status()).isEqualTo(200);
        List<List<String>> rows = Xlsx.read(report.body(), 0);
        List<String> header = new java.util.ArrayList<>(HEADER);
        header.add("错误原因");
        assertThat(rows.get(0)).as("the uploaded file, every row kept, with a reason column").containsExactlyElementsOf(header);
        assertThat(rows).hasSize(8);
        assertThat(rows.get(2)).startsWith("坏代码有限公司", "913100000000000000")
                .endsWith("统一社会信用代码：统一社会信用代码无效（应为 18 位且校验位正确）");
    }

    @Test
    void aCleanFileImportsEveryRowWithCustomValuesAndOneAuditEntry() {
        byte[] file = Xlsx.of(HEADER, List.of(
                Xlsx.row("杭州云栖科技有限公司", Xlsx.code(11), "A 重点", "展会", "2015/6/1", "重点，华东", "金牌"),
                Xlsx.row("苏州河畔贸易有限公司", Xlsx.code(12), "B", "REFERRAL", null, null, "银牌"),
                Xlsx.row("宁波港湾物流有限公司", null, null, null, null, null, null)));

        JsonNode job = imports.importFile("CUSTOMER", file);

        assertThat(job.get("status").asString()).isEqualTo("DONE");
        assertThat(job.get("imported").asInt()).isEqualTo(3);
        assertThat(job.get("percent").asInt()).isEqualTo(100);
        JsonNode items = admin.get("/api/v1/customers?q=%E4%BA%91%E6%A0%96").json().get("items");
        assertThat(items).hasSize(1);
        JsonNode c = items.get(0);
        assertThat(c.get("creditCode").asString()).isEqualTo(Xlsx.code(11));
        assertThat(c.get("level").asString()).isEqualTo("A");
        assertThat(c.get("source").asString()).isEqualTo("EXHIBITION");
        assertThat(c.get("establishedOn").asString()).isEqualTo("2015-06-01");
        assertThat(c.get("tags").valueStream().map(JsonNode::asString).toList()).containsExactly("重点", "华东");
        assertThat(c.get("custom").get("grade").asString()).isEqualTo("金牌");
        assertThat(c.get("ownerId").asLong()).isEqualTo(tenant.adminId());
        assertThat(admin.get("/api/v1/customers?q=%E5%AE%81%E6%B3%A2").json().get("items").get(0).get("source").asString())
                .isEqualTo("IMPORT");

        Integer audits = fixtures.as(tenant.adminId(), () -> jdbc.sql(
                "select count(*) from audit_log where action = 'IMPORT' and object_type = 'CUSTOMER' and changes->'rows'->>'after' = '3'")
                .query(Integer.class).single());
        assertThat(audits).isEqualTo(1);
        Integer creates = fixtures.as(tenant.adminId(), () -> jdbc.sql("select count(*) from audit_log where action = 'CREATE' and object_type = 'CUSTOMER'")
                .query(Integer.class).single());
        assertThat(creates).isZero();
    }

    @Test
    void ownersAreNamedByLoginOnlyWithTheAssignPermission() {
        List<String> header = List.of("客户名称", "负责人账号");
        JsonNode assigned = imports.importFile("CUSTOMER", Xlsx.of(header, List.of(
                Xlsx.row("分给李销售有限公司", tenant.login("rep1")))));
        assertThat(assigned.get("status").asString()).isEqualTo("DONE");
        Api rep1 = clients.api(tenant.rep1Id());
        assertThat(rep1.get("/api/v1/customers").json().get("items").findValuesAsString("name")).containsExactly("分给李销售有限公司");

        JsonNode unknown = imports.importFile("CUSTOMER", Xlsx.of(header, List.of(Xlsx.row("无主有限公司", "nobody"))));
        assertThat(unknown.get("errors").get(0).get("field").asString()).isEqualTo("owner");
        assertThat(unknown.get("errors").get(0).get("code").asString()).isEqualTo("owner_not_found");
    }

    @Test
    void aFileThatIsNoXlsxIsRefusedBeforeAnyJobIsCreated() {
        ImportClient.Download r = imports.upload("CUSTOMER", "customers.xlsx", "name\n上海某某有限公司\n".getBytes());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(r.json().get("errors").get(0).get("code").asString()).isEqualTo("xlsx");
        assertThat(imports.get("/api/v1/imports").json()).isEmpty();
        assertThat(imports.upload("ORDER", "a.xlsx", Xlsx.of(HEADER, List.of())).status()).isEqualTo(400);
    }

    @Test
    void aWrongHeaderFailsOnRowOneNamingTheColumns() {
        JsonNode job = imports.importFile("CUSTOMER", Xlsx.of(List.of("公司", "统一社会信用代码"), List.of(Xlsx.row("某公司", null))));
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("errors").valueStream().map(e -> tuple(e.get("row").asInt(), e.get("code").asString(),
                e.get("reason").asString())).toList()).containsExactlyInAnyOrder(
                tuple(1, "unknown_column", "不是模板中的列：“公司”"),
                tuple(1, "header", "模板表头不正确：缺少“客户名称*”"));
    }

    @Test
    void importNeedsTheImportPermissionAndJobsStayInTheirTenant() {
        ImportClient rep = clients.imports(tenant.rep1Id());
        assertThat(rep.upload("CUSTOMER", "a.xlsx", Xlsx.of(HEADER, List.of(Xlsx.row("某公司")))).status()).isEqualTo(403);

        long id = imports.importFile("CUSTOMER", Xlsx.of(HEADER, List.of(Xlsx.row("本租户客户有限公司")))).get("id").asLong();
        TestTenant other = fixtures.tenant();
        ImportClient stranger = clients.imports(other.adminId());
        assertThat(stranger.get("/api/v1/imports/" + id).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/imports/" + id + "/errors.xlsx").status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/imports").json()).isEmpty();
        assertThat(imports.get("/api/v1/imports").json().findValuesAsString("fileName")).containsExactly("data.xlsx");
    }
}
