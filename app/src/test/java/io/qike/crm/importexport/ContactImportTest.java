package io.qike.crm.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ContactImportTest {
    static final List<String> HEADER = List.of("姓名*", "客户名称", "客户统一社会信用代码", "职务", "手机", "邮箱");

    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired ApiTokens tokens;
    TestClients clients;
    TestTenant tenant;
    Api admin;
    long byName;
    long byCode;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        clients = new TestClients(port, tokens, fixtures);
        admin = clients.api(tenant.adminId());
        byName = admin.post("/api/v1/customers", Api.json(Map.of("name", "上海按名有限公司"))).json().get("id").asLong();
        byCode = admin.post("/api/v1/customers", Api.json(Map.of("name", "北京按码有限公司", "creditCode", Xlsx.code(21))))
                .json().get("id").asLong();
    }

    @Test
    void contactsAreLinkedToCustomersByNameOrCreditCode() {
        ImportClient imports = clients.imports(tenant.adminId());
        JsonNode job = imports.importFile("CONTACT", Xlsx.of(HEADER, List.of(
                Xlsx.row("张三", "上海按名有限公司", null, "采购经理", "13800138000", "zhang@example.com"),
                Xlsx.row("李四", "随便写的名字", Xlsx.code(21).toLowerCase(), null, null, null))));

        assertThat(job.get("status").asString()).isEqualTo("DONE");
        assertThat(job.get("imported").asInt()).isEqualTo(2);
        JsonNode items = admin.get("/api/v1/contacts?size=10").json().get("items");
        assertThat(items.valueStream().map(c -> tuple(c.get("name").asString(), c.get("customerId").asLong())).toList())
                .containsExactlyInAnyOrder(tuple("张三", byName), tuple("李四", byCode));
    }

    @Test
    void aRowWithoutItsCustomerIsReportedAndNoContactIsLeftWithoutOne() {
        List<List<Object>> rows = List.of(
                Xlsx.row("张三", "上海按名有限公司", null, null, null, null),
                Xlsx.row("王五", null, null, "采购经理", "13800138000", null));
        JsonNode job = clients.imports(tenant.adminId()).importFile("CONTACT", Xlsx.of(HEADER, rows));
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        JsonNode error = job.get("errors").get(0);
        assertThat(tuple(error.get("row").asInt(), error.get("field").asString(), error.get("code").asString()))
                .isEqualTo(tuple(3, "customerName", "customer_required"));
        assertThat(error.get("reason").asString()).isEqualTo("请填写联系人所属的客户：客户名称或客户统一社会信用代码");
        assertThat(job.get("errors")).hasSize(1);
        assertThat(admin.get("/api/v1/contacts").json().get("total").asLong()).isZero();

        // Keeping the good rows still leaves the one without a customer out.
        JsonNode partial = clients.imports(tenant.adminId()).importFile("CONTACT", "PARTIAL", Xlsx.of(HEADER, rows));
        assertThat(partial.get("imported").asInt()).isEqualTo(1);
        JsonNode items = admin.get("/api/v1/contacts?size=10").json().get("items");
        assertThat(items.valueStream().map(c -> tuple(c.get("name").asString(), c.get("customerId").asLong())).toList())
                .containsExactly(tuple("张三", byName));
    }

    @Test
    void customersOutsideTheImportersScopeOrAmbiguousAreReported() {
        admin.post("/api/v1/customers?confirmSimilar=true", Api.json(Map.of("name", "上海按名有限公司", "creditCode", Xlsx.code(22))));
        ImportClient imports = clients.imports(tenant.managerId());
        JsonNode job = imports.importFile("CONTACT", Xlsx.of(HEADER, List.of(
                Xlsx.row("张三", "上海按名有限公司", null, null, null, null),
                Xlsx.row("李四", null, Xlsx.code(21), null, null, null),
                Xlsx.row("王五", null, null, null, "12", null))));

        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        // The manager sees only their department's customers: the admin's are "not found", whatever the name says.
        assertThat(job.get("errors").valueStream().map(e -> tuple(e.get("row").asInt(), e.get("field").asString(), e.get("code").asString()))
                .toList()).containsExactly(
                tuple(2, "customerName", "customer_not_found"),
                tuple(3, "customerCreditCode", "customer_not_found"),
                tuple(4, "customerName", "customer_required"),
                tuple(4, "mobile", "phone"));

        JsonNode ambiguous = clients.imports(tenant.adminId())
                .importFile("CONTACT", Xlsx.of(HEADER, List.of(Xlsx.row("张三", "上海按名有限公司", null, null, null, null))));
        assertThat(ambiguous.get("errors").get(0).get("code").asString()).isEqualTo("customer_ambiguous");
        assertThat(admin.get("/api/v1/contacts").json().get("total").asLong()).isZero();
    }
}
