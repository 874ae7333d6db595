package io.qike.crm.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.lead.LeadPoolDraft;
import io.qike.crm.lead.LeadPools;
import io.qike.crm.platform.security.ApiTokens;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Leads from xlsx (into a pool, where its round robin gives them owners) and leads out to xlsx, as the caller sees them. */
@IntegrationTest
class LeadImportExportTest {
    static final List<String> HEADER = List.of("公司名称*", "联系人姓名", "手机", "邮箱", "来源", "地区", "状态", "线索池");

    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired ApiTokens tokens;
    @Autowired LeadPools pools;

    @Test
    void importedLeadsEnterTheirPoolByItsRuleAndABadRowStopsTheImport() {
        TestTenant t = fixtures.tenant();
        TestClients clients = new TestClients(port, tokens, fixtures);
        fixtures.as(t.adminId(), () -> pools.create(new LeadPoolDraft("导入池", 10, List.of(), List.of(t.rep1Id(), t.rep2Id()), List.of(),
                "ROUND_ROBIN", Map.of())));
        JsonNode bad = clients.imports(t.adminId()).importFile("LEAD", Xlsx.of(HEADER, List.of(
                Xlsx.row("导入线索甲有限公司", "甲经理", "13800000001", null, "展会", "上海", null, "导入池"),
                Xlsx.row("导入线索乙有限公司", null, null, "not-mail", null, null, null, "没有这个池"))));
        assertThat(bad.get("status").asString()).isEqualTo("FAILED");
        assertThat(bad.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("email", "pool");

        JsonNode job = clients.imports(t.adminId()).importFile("LEAD", Xlsx.of(HEADER, List.of(
                Xlsx.row("导入线索甲有限公司", "甲经理", "13800000001", null, "展会", "上海", null, "导入池"),
                Xlsx.row("导入线索乙有限公司", null, null, null, null, "北京", "跟进中", "导入池"),
                Xlsx.row("导入线索丙有限公司", null, null, null, "WEBSITE", null, null, null))));
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("imported").asInt()).isEqualTo(3);

        Api rep1 = clients.api(t.rep1Id()), rep2 = clients.api(t.rep2Id()), admin = clients.api(t.adminId());
        assertThat(rep1.get("/api/v1/leads").json().get("items").findValuesAsString("companyName")).containsExactly("导入线索甲有限公司");
        assertThat(rep2.get("/api/v1/leads").json().get("items").findValuesAsString("companyName")).containsExactly("导入线索乙有限公司");
        JsonNode own = admin.get("/api/v1/leads?q=%E4%B8%99").json().get("items").get(0);
        assertThat(own.get("ownerId").asLong()).isEqualTo(t.adminId());
        assertThat(own.get("source").asString()).isEqualTo("WEBSITE");

        ImportClient.Download file = clients.imports(t.rep1Id()).get("/api/v1/leads/export");
        assertThat(file.status()).isEqualTo(200);
        List<List<String>> rows = Xlsx.read(file.body(), 0);
        assertThat(rows.get(0)).contains("公司名称", "线索池");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).contains("导入线索甲有限公司", "展会", "上海", "导入池");
    }
}
