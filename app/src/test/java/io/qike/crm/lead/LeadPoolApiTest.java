package io.qike.crm.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** /api/v1/lead-pools set up like the 线索池设置 page: create, read, replace, delete, who may, and what bad input says. */
@IntegrationTest
class LeadPoolApiTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    TestTenant t;
    Api rep1, rep2, admin;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        rep1 = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD);
        rep2 = new Api(port).login(t.login("rep2"), TestFixtures.PASSWORD);
        admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
    }

    @Test
    void aSalesAdministratorCreatesReadsReplacesAndDeletesAPoolAndEveryChangeIsAudited() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "华东线索池");
        body.put("claimCap", 3);
        body.put("memberDepartmentIds", List.of(t.salesDeptId()));
        body.put("memberUserIds", List.of(t.rep2Id()));
        body.put("adminIds", List.of(t.managerId()));
        body.put("assignRule", "REGION");
        body.put("targets", Map.of("杭州", t.rep1Id()));
        Api.Response created = admin.post("/api/v1/lead-pools", Api.json(body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("claimCap").asInt()).isEqualTo(3);
        assertThat(created.json().get("assignRule").asString()).isEqualTo("REGION");
        assertThat(created.json().get("targets").get("杭州").asLong()).isEqualTo(t.rep1Id());

        // A member reads it; rep2 is a member by name, rep1 by department.
        Api.Response read = rep1.get("/api/v1/lead-pools/" + id);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("name").asString()).isEqualTo("华东线索池");
        assertThat(ids(read.json().get("memberDepartmentIds"))).containsExactly(t.salesDeptId());
        assertThat(ids(read.json().get("memberUserIds"))).containsExactly(t.rep2Id());
        assertThat(ids(read.json().get("adminIds"))).containsExactly(t.managerId());
        assertThat(rep2.get("/api/v1/lead-pools/" + id).status()).isEqualTo(200);

        // A lead entering from 杭州 goes to rep1 by the pool's rule.
        long lead = admin.post("/api/v1/leads", Api.json(Map.of("companyName", "杭州云帆网络有限公司", "region", "杭州", "poolId", id)))
                .json().get("id").asLong();
        assertThat(rep1.get("/api/v1/leads/" + lead).json().get("ownerId").asLong()).isEqualTo(t.rep1Id());

        // PUT replaces the settings: rep2 is no longer a member, so no longer sees the pool.
        Api.Response replaced = admin.put("/api/v1/lead-pools/" + id, Api.json(Map.of("name", "华东一区线索池", "claimCap", 5,
                "memberDepartmentIds", List.of(t.salesDeptId()), "adminIds", List.of(t.managerId()))));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().get("name").asString()).isEqualTo("华东一区线索池");
        assertThat(replaced.json().get("claimCap").asInt()).isEqualTo(5);
        assertThat(replaced.json().get("assignRule").asString()).isEqualTo("NONE");
        assertThat(replaced.json().get("memberUserIds").size()).isZero();
        Api.Response gone = rep2.get("/api/v1/lead-pools/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.contentType()).startsWith("application/problem+json");
        assertThat(rep1.get("/api/v1/lead-pools").json().findValuesAsString("name")).containsExactly("华东一区线索池");

        // Like the page, a pool that still has leads (here one held by rep1) is not deleted.
        Api.Response refused = admin.delete("/api/v1/lead-pools/" + id);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("lead_pool_not_empty");
        assertThat(refused.json().get("title").asString()).contains("线索池中还有线索");
        assertThat(rep1.get("/api/v1/lead-pools/" + id).status()).isEqualTo(200);
        assertThat(rep1.get("/api/v1/leads/" + lead).json().get("poolId").asLong()).isEqualTo(id);

        // A change of the member departments alone is audited too.
        Api.Response moved = admin.put("/api/v1/lead-pools/" + id, Api.json(Map.of("name", "华东一区线索池", "claimCap", 5,
                "memberDepartmentIds", List.of(t.otherDeptId()), "adminIds", List.of(t.managerId()))));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        String change = TenantContext.callAs(t.tenantId(), () -> jdbc.sql("select changes::text from audit_log"
                + " where object_type = 'LEAD_POOL' and object_id = ? order by id desc limit 1").param(id).query(String.class).single());
        assertThat(change).contains("memberDepartments").doesNotContain("claimCap");

        assertThat(admin.delete("/api/v1/leads/" + lead).status()).isEqualTo(204);
        assertThat(admin.delete("/api/v1/lead-pools/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/lead-pools/" + id).status()).isEqualTo(404);
        assertThat(admin.put("/api/v1/lead-pools/" + id, Api.json(Map.of("name", "又一个"))).status()).isEqualTo(404);

        List<String> audited = TenantContext.callAs(t.tenantId(), () -> jdbc.sql(
                "select action from audit_log where object_type = 'LEAD_POOL' and object_id = ? order by id").param(id).query(String.class).list());
        assertThat(audited).containsExactly("CREATE", "UPDATE", "UPDATE", "DELETE");
    }

    @Test
    void onlySalesAdministratorsChangePoolsEvenThePoolsOwnAdmins() {
        long id = admin.post("/api/v1/lead-pools", Api.json(Map.of("name", "西南线索池", "memberUserIds", List.of(t.rep1Id()),
                "adminIds", List.of(t.rep1Id())))).json().get("id").asLong();

        Api.Response create = rep1.post("/api/v1/lead-pools", Api.json(Map.of("name", "我的线索池")));
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.contentType()).startsWith("application/problem+json");
        assertThat(rep1.put("/api/v1/lead-pools/" + id, Api.json(Map.of("name", "改名了"))).status()).isEqualTo(403);
        assertThat(rep1.delete("/api/v1/lead-pools/" + id).status()).isEqualTo(403);
        assertThat(rep1.get("/api/v1/lead-pools/" + id).json().get("name").asString()).isEqualTo("西南线索池");
        assertThat(admin.get("/api/v1/lead-pools").json().findValuesAsString("name")).containsExactly("西南线索池");
    }

    @Test
    void badInputNamesEachFieldInTheCallersLanguageAndWritesNothing() {
        admin.post("/api/v1/lead-pools", Api.json(Map.of("name", "华中线索池")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "华中线索池");
        body.put("claimCap", -1);
        body.put("memberDepartmentIds", List.of(987_654_321L));
        body.put("memberUserIds", List.of(987_654_321L));
        body.put("assignRule", "BY_MOOD");

        Api.Response en = admin.language("en").post("/api/v1/lead-pools", Api.json(body));
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.contentType()).startsWith("application/problem+json");
        assertThat(en.json().get("code").asString()).isEqualTo("invalid_input");
        assertThat(en.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("name", "claimCap", "memberDepartmentIds", "memberUserIds", "assignRule");
        assertThat(message(en, "claimCap")).isEqualTo("Most leads one member may hold must be between 0 and 10000");
        assertThat(message(en, "name")).isEqualTo("A lead pool of this name exists");

        Api.Response zh = admin.language("zh-CN").post("/api/v1/lead-pools", Api.json(Map.of("name", " ", "claimCap", 10_001)));
        assertThat(zh.status()).isEqualTo(400);
        assertThat(message(zh, "name")).isEqualTo("必填");
        assertThat(message(zh, "claimCap")).isEqualTo("每人最多持有应在 0 到 10000 之间");

        Api.Response wrongType = admin.post("/api/v1/lead-pools", "{\"name\": \"华中二区\", \"claimCap\": \"many\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("errors").get(0).get("field").asString()).isEqualTo("claimCap");

        assertThat(admin.get("/api/v1/lead-pools").json().findValuesAsString("name")).containsExactly("华中线索池");
    }

    private static String message(Api.Response r, String field) {
        for (JsonNode e : r.json().get("errors")) if (field.equals(e.get("field").asString())) return e.get("message").asString();
        throw new AssertionError("no error for " + field + " in " + r.body());
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode n : array) ids.add(n.asLong());
        return ids;
    }
}
