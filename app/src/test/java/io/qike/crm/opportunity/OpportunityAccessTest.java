package io.qike.crm.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Function permissions and data scope on every opportunity endpoint: the API, the pages, the kanban move, H5. */
@IntegrationTest
class OpportunityAccessTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired OpportunityService opportunities;
    @Autowired SalesProcesses processes;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    TestTenant t;
    long customerId, id;
    SalesProcess process;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        customerId = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("权限测试有限公司")).id());
        id = fixtures.as(t.rep1Id(), () -> opportunities.create(OpportunityDraft.of(customerId, "李销售的商机", new BigDecimal("1000"))));
        process = fixtures.as(t.rep1Id(), () -> processes.defaultProcess());
    }

    long stage(String name) {
        return process.stages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void theApiCreatesReadsMovesAndPatchesForTheOwner() {
        Api rep1 = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD);
        JsonNode processesJson = rep1.get("/api/v1/sales-processes").json();
        assertThat(processesJson.get(0).get("stages")).hasSize(6);
        assertThat(processesJson.get(0).get("stages").get(0).get("name").asString()).isEqualTo("初步接洽");

        Api.Response created = rep1.post("/api/v1/opportunities", "{\"customerId\":" + customerId + ",\"name\":\"API 商机\","
                + "\"lines\":[{\"name\":\"服务\",\"quantity\":2,\"unitPrice\":150.5}]}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("amount").decimalValue()).isEqualByComparingTo("301.00");
        assertThat(created.json().get("stageName").asString()).isEqualTo("初步接洽");
        long newId = created.json().get("id").asLong();

        assertThat(rep1.post("/api/v1/opportunities/" + newId + "/stage", "{\"stageId\":" + stage("赢单") + "}").status()).isEqualTo(400);
        Api.Response won = rep1.post("/api/v1/opportunities/" + newId + "/stage", "{\"stageId\":" + stage("赢单") + ",\"reason\":\"比价胜出\"}");
        assertThat(won.status()).isEqualTo(200);
        assertThat(won.json().get("status").asString()).isEqualTo("WON");
        assertThat(rep1.patch("/api/v1/opportunities/" + newId, "{\"name\":\"API 商机（改）\"}").json().get("name").asString())
                .isEqualTo("API 商机（改）");
        assertThat(rep1.get("/api/v1/opportunities?customerId=" + customerId).json().get("total").asLong()).isEqualTo(2);
        assertThat(rep1.get("/api/v1/opportunities?closeFrom=bad").status()).isEqualTo(400);
        // A sales rep has no opportunity:delete.
        assertThat(rep1.delete("/api/v1/opportunities/" + newId).status()).isEqualTo(403);
        assertThat(new Api(port).login(t.login("manager"), TestFixtures.PASSWORD).delete("/api/v1/opportunities/" + newId).status()).isEqualTo(204);
    }

    @Test
    void aSelfScopedRepCannotSeeAnothersOpportunityAnywhere() throws Exception {
        Api rep2 = new Api(port).login(t.login("rep2"), TestFixtures.PASSWORD);
        assertThat(rep2.get("/api/v1/opportunities/" + id).status()).isEqualTo(404);
        assertThat(rep2.patch("/api/v1/opportunities/" + id, "{\"name\":\"x\"}").status()).isEqualTo(404);
        assertThat(rep2.post("/api/v1/opportunities/" + id + "/stage", "{\"stageId\":" + stage("需求确认") + "}").status()).isEqualTo(404);
        assertThat(rep2.get("/api/v1/opportunities").json().get("total").asLong()).isZero();
        var who = user(fixtures.user(t.rep2Id()));
        for (String page : List.of("/opportunities/" + id, "/opportunities/" + id + "/edit", "/h5/opportunities/" + id)) {
            assertThat(mvc.perform(get(page).with(who)).andReturn().getResponse().getStatus()).as(page).isEqualTo(404);
        }
        assertThat(mvc.perform(post("/opportunities/" + id + "/stage").param("stageId", "" + stage("需求确认")).with(who).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        String kanban = mvc.perform(get("/opportunities/kanban").with(who)).andReturn().getResponse().getContentAsString();
        assertThat(kanban).doesNotContain("李销售的商机");
        String refused = mvc.perform(post("/opportunities/" + id + "/kanban-move").param("stageId", "" + stage("需求确认")).with(who).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("data-moved=\"false\"");
        assertThat(fixtures.as(t.rep1Id(), () -> opportunities.get(id)).stageName()).isEqualTo("初步接洽");
        // The manager's team scope covers rep1.
        assertThat(mvc.perform(get("/opportunities/kanban").with(user(fixtures.user(t.managerId())))).andReturn().getResponse()
                .getContentAsString()).contains("李销售的商机");
    }

    @Test
    void withoutOpportunityEditTheMovesAreRefusedWith403AndTheKanbanSaysSo() throws Exception {
        TenantContext.runAs(t.tenantId(), () -> tx.executeWithoutResult(s -> jdbc.sql(
                "delete from role_permission where role_id = ? and permission = 'opportunity:edit'").param(t.salesRoleId()).update()));
        Api rep1 = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD);
        assertThat(rep1.get("/api/v1/opportunities/" + id).status()).isEqualTo(200);
        assertThat(rep1.post("/api/v1/opportunities/" + id + "/stage", "{\"stageId\":" + stage("需求确认") + "}").status()).isEqualTo(403);
        assertThat(rep1.patch("/api/v1/opportunities/" + id, "{\"name\":\"x\"}").status()).isEqualTo(403);
        var who = user(fixtures.user(t.rep1Id()));
        assertThat(mvc.perform(post("/opportunities/" + id + "/stage").param("stageId", "" + stage("需求确认")).with(who).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        String refused = mvc.perform(post("/opportunities/" + id + "/kanban-move").param("stageId", "" + stage("需求确认")).with(who).with(csrf())
                .header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("data-moved=\"false\"").contains("您没有推进这个商机的权限");
        assertThat(fixtures.as(t.rep1Id(), () -> opportunities.get(id)).stageName()).isEqualTo("初步接洽");
        // Sales settings are for administrators.
        assertThat(mvc.perform(get("/admin/sales-processes").with(who)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/admin/sales-processes").with(user(fixtures.user(t.adminId())))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }
}
