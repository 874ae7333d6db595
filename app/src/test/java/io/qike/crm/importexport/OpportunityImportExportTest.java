package io.qike.crm.importexport;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Opportunities imported from xlsx (customer by name or credit code, stage by name) and exported back. */
@IntegrationTest
class OpportunityImportExportTest {
    static final List<String> HEADER = List.of("商机名称*", "客户名称", "客户统一社会信用代码", "金额（元）", "预计成交日期", "阶段", "赢率（%）", "赢单/输单原因");

    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired ApiTokens tokens;
    TestClients clients;
    TestTenant tenant;
    Api admin;
    long byName;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        clients = new TestClients(port, tokens, fixtures);
        admin = clients.api(tenant.adminId());
        byName = admin.post("/api/v1/customers", Api.json(Map.of("name", "上海商机导入有限公司"))).json().get("id").asLong();
    }

    @Test
    void opportunitiesAreImportedWithTheirStageAndTheCustomersFiguresFollow() {
        ImportClient imports = clients.imports(tenant.adminId());
        JsonNode job = imports.importFile("OPPORTUNITY", Xlsx.of(HEADER, List.of(
                Xlsx.row("导入商机一", "上海商机导入有限公司", null, "12000.5", "2027-02-01", "方案报价", null, null),
                Xlsx.row("导入商机二", "上海商机导入有限公司", null, "3000", null, "赢单", null, "老客户续约"))));
        assertThat(job.get("status").asString()).isEqualTo("DONE");
        assertThat(job.get("imported").asInt()).isEqualTo(2);
        JsonNode items = admin.get("/api/v1/opportunities?customerId=" + byName).json().get("items");
        assertThat(items.valueStream().map(o -> o.get("name").asString() + "/" + o.get("stageName").asString() + "/" + o.get("probability").asInt()
                + "/" + o.get("status").asString()).toList()).containsExactlyInAnyOrder("导入商机一/方案报价/50/OPEN", "导入商机二/赢单/100/WON");

        byte[] exported = clients.imports(tenant.adminId()).get("/api/v1/opportunities/export").body();
        List<List<String>> rows = Xlsx.read(exported, 0);
        assertThat(rows.get(0)).startsWith("商机名称", "客户名称");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("导入商机一", "上海商机导入有限公司"));
    }

    @Test
    void aWonRowWithoutReasonAndAnUnknownStageAreReportedAndNothingIsImported() {
        JsonNode job = clients.imports(tenant.adminId()).importFile("OPPORTUNITY", Xlsx.of(HEADER, List.of(
                Xlsx.row("好的一行", "上海商机导入有限公司", null, "1", null, null, null, null),
                Xlsx.row("没有原因", "上海商机导入有限公司", null, "1", null, "赢单", null, null),
                Xlsx.row("阶段不对", "上海商机导入有限公司", null, "1", null, "不存在的阶段", null, null))));
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(admin.get("/api/v1/opportunities").json().get("total").asLong()).isZero();
    }
}
