package io.qike.crm.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** /api/v1/leads and /api/v1/lead-pools: CRUD, data scope, claim under the cap, assign, return with a reason. */
@IntegrationTest
class LeadApiTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired LeadPools pools;
    @Autowired MockMvc mvc;
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();
    TestTenant t;
    Api rep1, rep2, manager, admin;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        rep1 = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD);
        rep2 = new Api(port).login(t.login("rep2"), TestFixtures.PASSWORD);
        manager = new Api(port).login(t.login("manager"), TestFixtures.PASSWORD);
        admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
    }

    @Test
    void aRepCreatesReadsAndEditsTheirLeadWhileAnotherSelfScopedRepGets404() {
        Api.Response created = rep1.post("/api/v1/leads", Api.json(Map.of("companyName", "苏州星河电子有限公司", "contactName", "周经理",
                "mobile", "13800138000", "email", "zhou@example.com", "source", "EXHIBITION", "region", "苏州")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("status").asString()).isEqualTo("NEW");
        assertThat(created.json().get("ownerName").asString()).isEqualTo("李销售");

        assertThat(rep1.get("/api/v1/leads/" + id).status()).isEqualTo(200);
        Api.Response hidden = rep2.get("/api/v1/leads/" + id);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.contentType()).startsWith("application/problem+json");
        assertThat(ids(rep2.get("/api/v1/leads?q=星河"))).isEmpty();
        // The manager sees the leads of the department and below.
        assertThat(ids(manager.get("/api/v1/leads?q=星河"))).containsExactly(id);
        assertThat(ids(rep1.get("/api/v1/leads?q=星河&status=NEW"))).containsExactly(id);

        Api.Response patched = rep1.patch("/api/v1/leads/" + id, "{\"status\":\"FOLLOWING\",\"region\":\"无锡\"}");
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().get("status").asString()).isEqualTo("FOLLOWING");
        assertThat(patched.json().get("region").asString()).isEqualTo("无锡");
        assertThat(rep2.patch("/api/v1/leads/" + id, "{\"region\":\"上海\"}").status()).isEqualTo(404);

        Api.Response bad = rep1.patch("/api/v1/leads/" + id, "{\"email\":\"not-mail\",\"status\":\"CONVERTED\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().get("errors").findValuesAsString("field")).contains("email", "status");

        // Sales reps may not delete leads; the administrator may.
        assertThat(rep1.delete("/api/v1/leads/" + id).status()).isEqualTo(403);
        assertThat(admin.delete("/api/v1/leads/" + id).status()).isEqualTo(204);
        assertThat(rep1.get("/api/v1/leads/" + id).status()).isEqualTo(404);
    }

    @Test
    void aLeadGoesBackToItsPoolOnlyWithAReasonThatStaysInItsHistoryAndIsClaimedUnderTheCap() {
        long pool = fixtures.as(t.adminId(), () -> pools.create(new LeadPoolDraft("华南线索池", 1, List.of(t.salesDeptId()), List.of(),
                List.of())));
        long mine = rep1.post("/api/v1/leads", Api.json(Map.of("companyName", "广州海鸥贸易有限公司"))).json().get("id").asLong();
        long waiting = admin.post("/api/v1/leads", Api.json(Map.of("companyName", "深圳蓝鲸软件有限公司", "poolId", pool)))
                .json().get("id").asLong();

        Api.Response noReason = rep1.post("/api/v1/leads/" + mine + "/return", Api.json(Map.of("reason", "  ", "poolId", pool)));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").findValuesAsString("field")).contains("reason");
        assertThat(rep1.get("/api/v1/leads/" + mine).json().get("ownerId").asLong()).isEqualTo(t.rep1Id());

        Api.Response returned = rep1.post("/api/v1/leads/" + mine + "/return", Api.json(Map.of("reason", "客户暂无预算", "poolId", pool)));
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.json().path("ownerId").isMissingNode() || returned.json().get("ownerId").isNull()).isTrue();
        JsonNode history = rep1.get("/api/v1/leads/" + mine + "/history").json();
        assertThat(history.get(0).get("kind").asString()).isEqualTo("RETURNED");
        assertThat(history.get(0).get("reason").asString()).isEqualTo("客户暂无预算");

        // Members see the pool and its waiting leads; rep2 (another department) is no member and sees neither.
        assertThat(rep1.get("/api/v1/lead-pools").json().findValuesAsString("name")).containsExactly("华南线索池");
        assertThat(ids(rep1.get("/api/v1/lead-pools/" + pool + "/leads"))).containsExactlyInAnyOrder(mine, waiting);
        assertThat(rep2.get("/api/v1/lead-pools/" + pool + "/leads").status()).isEqualTo(404);
        assertThat(rep2.get("/api/v1/leads/" + waiting).status()).isEqualTo(404);

        // The cap is one lead of the pool at a time.
        Api.Response claimed = rep1.post("/api/v1/leads/" + waiting + "/claim", "{}");
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
        assertThat(claimed.json().get("ownerId").asLong()).isEqualTo(t.rep1Id());
        Api.Response overCap = rep1.post("/api/v1/leads/" + mine + "/claim", "{}");
        assertThat(overCap.status()).isEqualTo(409);
        assertThat(overCap.json().get("code").asString()).isEqualTo("lead_claim_cap");
        assertThat(overCap.json().get("title").asString()).contains("上限");
        // The manager (same department) may not take the lead rep1 already holds.
        Api.Response taken = manager.post("/api/v1/leads/" + waiting + "/claim", "{}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("code").asString()).isEqualTo("lead_taken");
    }

    @Test
    void poolAdminsAssignToMembersAndOthersMayNot() {
        long pool = fixtures.as(t.adminId(), () -> pools.create(new LeadPoolDraft("华北线索池", 5, List.of(), List.of(t.rep1Id(), t.rep2Id()),
                List.of(t.rep2Id()))));
        long lead = admin.post("/api/v1/leads", Api.json(Map.of("companyName", "北京北辰机械有限公司", "poolId", pool))).json().get("id").asLong();

        assertThat(rep1.post("/api/v1/leads/" + lead + "/assign", Api.json(Map.of("ownerId", t.rep1Id()))).status()).isEqualTo(403);
        Api.Response notMember = rep2.post("/api/v1/leads/" + lead + "/assign", Api.json(Map.of("ownerId", t.managerId())));
        assertThat(notMember.status()).isEqualTo(400);
        Api.Response assigned = rep2.post("/api/v1/leads/" + lead + "/assign", Api.json(Map.of("ownerId", t.rep1Id())));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get("ownerName").asString()).isEqualTo("李销售");
        assertThat(rep1.get("/api/v1/leads/" + lead + "/history").json().get(0).get("kind").asString()).isEqualTo("ASSIGNED");
        // Now rep1's, it is no longer rep2's to see (SELF scope, and no longer waiting in the pool).
        assertThat(rep2.get("/api/v1/leads/" + lead).status()).isEqualTo(404);
    }

    @Test
    void salesRecordsOnALeadAreCreatedWithFilesListedChangedAndDeletedThroughTheApiAndAreNotFoundForARepWhoDoesNotSeeTheLead()
            throws Exception {
        long lead = rep1.post("/api/v1/leads", Api.json(Map.of("companyName", "杭州云帆科技有限公司"))).json().get("id").asLong();
        Api.Response created = rep1.post("/api/v1/sales-records", Api.json(Map.of("leadId", lead, "type", "CALL", "content", "首次电话沟通")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("leadId").asLong()).isEqualTo(lead);
        assertThat(created.json().path("customerId").isMissingNode() || created.json().get("customerId").isNull()).isTrue();
        long first = created.json().get("id").asLong();

        var asRep1 = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(fixtures.user(t.rep1Id()));
        var asRep2 = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(fixtures.user(t.rep2Id()));
        MvcResult withFile = mvc.perform(multipart("/api/v1/sales-records")
                .file(new MockMultipartFile("record", "", "application/json",
                        Api.json(Map.of("leadId", lead, "type", "VISIT", "content", "上门拜访，留下资料")).getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("files", "产品资料.png", "image/png", PNG)).with(asRep1)).andReturn();
        assertThat(withFile.getResponse().getStatus()).as(withFile.getResponse().getContentAsString()).isEqualTo(201);
        JsonNode second = JSON.readTree(withFile.getResponse().getContentAsString());
        assertThat(second.get("attachments").findValuesAsString("fileName")).containsExactly("产品资料.png");
        String download = "/sales-records/" + second.get("id").asLong() + "/attachments/" + second.get("attachments").get(0).get("id").asLong();
        assertThat(mvc.perform(get(download).with(asRep1)).andReturn().getResponse().getContentAsByteArray()).isEqualTo(PNG);

        Api.Response listed = rep1.get("/api/v1/sales-records?leadId=" + lead);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json().findValuesAsString("content")).containsExactly("上门拜访，留下资料", "首次电话沟通");

        // Exactly one of customerId and leadId; a lead's record plans no 下次跟进时间.
        Api.Response both = rep1.post("/api/v1/sales-records", Api.json(Map.of("leadId", lead, "customerId", 1, "content", "两个都填")));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("errors").findValuesAsString("field")).contains("leadId");
        Api.Response neither = rep1.post("/api/v1/sales-records", Api.json(Map.of("content", "都没填")));
        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.json().get("errors").findValuesAsString("field")).containsExactly("customerId");
        Api.Response planned = rep1.post("/api/v1/sales-records", Api.json(Map.of("leadId", lead, "content", "再约", "nextFollowUpAt", "2027-01-05T10:00")));
        assertThat(planned.status()).isEqualTo(400);
        assertThat(planned.json().get("errors").findValuesAsString("field")).containsExactly("nextFollowUpAt");

        Api.Response replaced = rep1.put("/api/v1/sales-records/" + first, Api.json(Map.of("type", "CALL", "content", "电话沟通：客户要报价")));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().get("content").asString()).isEqualTo("电话沟通：客户要报价");
        Api.Response patched = rep1.patch("/api/v1/sales-records/" + first, "{\"type\":\"WECOM\"}");
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().get("type").asString()).isEqualTo("WECOM");
        assertThat(patched.json().get("leadId").asLong()).isEqualTo(lead);

        // rep2 does not see the lead: 404 on every path, the attachment too, and nothing changes.
        for (Api.Response r : List.of(rep2.get("/api/v1/sales-records?leadId=" + lead), rep2.get("/api/v1/sales-records/" + first),
                rep2.put("/api/v1/sales-records/" + first, Api.json(Map.of("content", "越权"))),
                rep2.patch("/api/v1/sales-records/" + first, "{\"content\":\"越权\"}"),
                rep2.post("/api/v1/sales-records", Api.json(Map.of("leadId", lead, "content", "越权"))))) {
            assertThat(r.status()).as(r.body()).isEqualTo(404);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        assertThat(mvc.perform(get(download).with(asRep2)).andReturn().getResponse().getStatus()).isEqualTo(404);

        // Deleting takes salesrecord:delete (not a sales rep's right); the manager sees the lead and deletes the record.
        assertThat(rep2.delete("/api/v1/sales-records/" + first).status()).isEqualTo(403);
        assertThat(rep1.delete("/api/v1/sales-records/" + first).status()).isEqualTo(403);
        assertThat(manager.delete("/api/v1/sales-records/" + first).status()).isEqualTo(204);
        assertThat(rep1.get("/api/v1/sales-records/" + first).status()).isEqualTo(404);
        assertThat(rep1.get("/api/v1/sales-records?leadId=" + lead).json().findValuesAsString("content")).containsExactly("上门拜访，留下资料");
    }

    @Test
    void convertingWithoutCreateNewMakesANewCustomerUnlessTheDuplicateCheckFindsOneWhichIsNamedForTheCallerToChoose() {
        long plain = rep1.post("/api/v1/leads", Api.json(Map.of("companyName", "宁波港湾物流有限公司", "contactName", "孙经理")))
                .json().get("id").asLong();
        Api.Response converted = rep1.post("/api/v1/leads/" + plain + "/convert", "{}");
        assertThat(converted.status()).as(converted.body()).isEqualTo(200);
        assertThat(converted.json().get("newCustomer").asBoolean()).isTrue();
        assertThat(converted.json().get("contactId").isNull()).isFalse();
        assertThat(rep1.get("/api/v1/leads/" + plain).json().get("status").asString()).isEqualTo("CONVERTED");

        long existing = rep1.post("/api/v1/customers", Api.json(Map.of("name", "温州瓯江鞋业有限公司"))).json().get("id").asLong();
        long twin = rep1.post("/api/v1/leads", Api.json(Map.of("companyName", "温州瓯江鞋业有限公司"))).json().get("id").asLong();
        for (String body : List.of("{}", "{\"createNew\": false}")) {
            Api.Response duplicate = rep1.post("/api/v1/leads/" + twin + "/convert", body);
            assertThat(duplicate.status()).as(body).isEqualTo(409);
            assertThat(duplicate.json().get("code").asString()).isEqualTo("lead_duplicate_customer");
            assertThat(duplicate.json().get("customerId").asLong()).isEqualTo(existing);
        }
        assertThat(rep1.get("/api/v1/leads/" + twin).json().get("status").asString()).isEqualTo("NEW");

        Api.Response anyway = rep1.post("/api/v1/leads/" + twin + "/convert", Api.json(Map.of("createNew", true)));
        assertThat(anyway.status()).as(anyway.body()).isEqualTo(200);
        assertThat(anyway.json().get("newCustomer").asBoolean()).isTrue();
        assertThat(anyway.json().get("customerId").asLong()).isNotEqualTo(existing);
        Api.Response wrongType = rep1.post("/api/v1/leads/" + plain + "/convert", "{\"createNew\": \"yes\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("errors").get(0).get("field").asString()).isEqualTo("createNew");
    }

    @Autowired io.qike.crm.platform.org.TenantProvisioning provisioning;
    @Autowired io.qike.crm.platform.org.RoleService roles;

    @Test
    void aLeadsRecordsNeedLeadViewNotOnlyTheRecordsPermissionAndAScopeThatCoversTheLead() {
        long lead = rep1.post("/api/v1/leads", Api.json(Map.of("companyName", "绍兴纺织机械有限公司"))).json().get("id").asLong();
        Api.Response logged = rep1.post("/api/v1/sales-records", Api.json(Map.of("leadId", lead, "type", "CALL", "content", "电话沟通需求")));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        long reader = fixtures.as(t.adminId(), () -> provisioning.user(t.prefix() + "-records", "记录查看员", t.salesDeptId(), null,
                TestFixtures.PASSWORD, roles.create("只看记录", io.qike.crm.platform.DataScope.ALL, java.util.Set.of("salesrecord:view"))));
        Api records = new Api(port).login(t.login("records"), TestFixtures.PASSWORD);
        assertThat(records.get("/api/v1/sales-records?leadId=" + lead).status()).isEqualTo(404);
        assertThat(records.get("/api/v1/sales-records/" + logged.json().get("id").asLong()).status()).isEqualTo(404);
        assertThat(manager.get("/api/v1/sales-records?leadId=" + lead).json().findValuesAsString("content")).containsExactly("电话沟通需求");
        assertThat(reader).isPositive();
    }

    private static List<Long> ids(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Long> ids = new java.util.ArrayList<>();
        for (JsonNode n : r.json().get("items")) ids.add(n.get("id").asLong());
        return ids;
    }
}
