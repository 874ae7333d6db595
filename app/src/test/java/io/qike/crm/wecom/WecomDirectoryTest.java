package io.qike.crm.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.idev.excel.FastExcel;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.crm.wecom.binding.BulkBinding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** 安装企业微信通讯录, 账号绑定 and 可用人数 against the WeCom simulator, and the three diagnosis checks they add. */
@IntegrationTest
class WecomDirectoryTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired BulkBinding bulk;
    @Autowired WecomBindings bindings;
    TestTenant t;
    Api admin;
    WecomSandboxSupport sandbox;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        sandbox = new WecomSandboxSupport(port);
    }

    @AfterEach
    void tearDown() {
        admin.delete("/api/v1/wecom/connection");
        sandbox.reset();
    }

    void connect(boolean withContacts) {
        Map<String, Object> c = sandbox.fullConnection();
        if (!withContacts) c.remove("contactsSecret");
        assertThat(admin.put("/api/v1/wecom/connection", Api.json(c)).status()).isEqualTo(200);
    }

    /** Starts a sync through the API and waits for its log line. */
    JsonNode sync() {
        int before = admin.get("/api/v1/wecom/directory/syncs").json().size();
        Api.Response started = admin.post("/api/v1/wecom/directory/syncs", "{}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode log = admin.get("/api/v1/wecom/directory/syncs").json();
            return log.size() > before && log.get(0).hasNonNull("finishedAt");
        });
        return admin.get("/api/v1/wecom/directory/syncs").json().get(0);
    }

    JsonNode appSettings() {
        return sandbox.admin("GET", "/apps/app", null).json();
    }

    List<JsonNode> members(String query) {
        JsonNode page = admin.get("/api/v1/wecom/members?" + query).json();
        return StreamSupport.stream(page.get("members").spliterator(), false).toList();
    }

    JsonNode diagnosis(String id) {
        for (JsonNode line : admin.get("/api/v1/wecom/diagnosis").json()) {
            if (line.get("id").asString().equals(id)) return line.get("result");
        }
        throw new AssertionError("no check " + id);
    }

    @Test
    void aFullSyncMirrorsTheWholeCorpWithMobilesAndTheVisibleRange() {
        connect(true);
        JsonNode line = sync();
        JsonNode state = sandbox.admin("GET", "/state", null).json();
        assertThat(line.hasNonNull("errcode")).as(line.toString()).isFalse();
        assertThat(line.get("departments").asInt()).isEqualTo(state.get("departments").asInt());
        assertThat(line.get("members").asInt()).isEqualTo(state.get("members").asInt());
        assertThat(line.get("membersAdded").asInt()).isEqualTo(state.get("members").asInt());
        assertThat(line.get("inVisibleRange").asInt()).isEqualTo(appSettings().get("visible_member_count").asInt());
        assertThat(admin.get("/api/v1/wecom/members?bound=false").json().get("total").asInt()).isEqualTo(state.get("members").asInt());
        assertThat(members("q=" + "%E9%94%80%E5%94%AE")).isNotEmpty(); // 销售: found by department name
        assertThat(members("bound=false").get(0).get("mobile").isString()).isTrue();

        JsonNode again = sync();
        assertThat(again.get("membersAdded").asInt()).isZero();
        assertThat(again.get("membersChanged").asInt()).isZero();
    }

    @Test
    void theAppSecretAloneSeesItsVisibleRangeWithoutMobiles() {
        connect(false);
        JsonNode line = sync();
        assertThat(line.get("members").asInt()).isEqualTo(appSettings().get("visible_member_count").asInt());
        assertThat(line.get("notes").toString()).contains("wecom.sync.note.appOnly");
        int withMobile = TenantContext.callAs(t.tenantId(), () -> jdbc.sql("select count(*) from wecom_member where mobile is not null")
                .query(Integer.class).single());
        assertThat(withMobile).isZero();
    }

    @Test
    void changeContactEventsCreateRenameAndRemoveMembers() {
        connect(true);
        sync();
        String url = "http://localhost:" + port + "/wecom/callback/" + WecomSandboxSupport.CORP;
        assertThat(sandbox.admin("PUT", "/apps/contacts/callback", Api.json(Map.of("url", url, "token", WecomSandboxSupport.TOKEN,
                "encoding_aes_key", WecomSandboxSupport.AES_KEY))).status()).isEqualTo(200);
        long dept = appSettings().get("visible_departments").get(0).asLong();

        assertThat(sandbox.admin("POST", "/directory/members", Api.json(Map.of("userid", "QianQiNew", "name", "钱七",
                "department", List.of(dept), "mobile", "13911112222"))).status()).isLessThan(300);
        await().atMost(Duration.ofSeconds(20)).until(() -> members("q=QianQiNew").size() == 1);
        assertThat(members("q=QianQiNew").get(0).get("mobile").asString()).isEqualTo("13911112222");

        new Api(port).patch("/sandbox/admin/wecom/directory/members/QianQiNew", "{\"name\":\"钱七七\",\"new_userid\":\"QianQiQi\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> members("q=QianQiQi").size() == 1);
        assertThat(members("q=QianQiQi").get(0).get("name").asString()).isEqualTo("钱七七");
        assertThat(members("q=QianQiNew")).isEmpty();

        sandbox.admin("DELETE", "/directory/members/QianQiQi", null);
        await().atMost(Duration.ofSeconds(20)).until(() -> members("q=QianQiQi").isEmpty());
    }

    @Test
    void suggestionsByMobileThroughWecomAndByNameThenBindAndUnbind() throws Exception {
        connect(false); // the app secret gets no mobiles: the mobile match must come from user/getuserid
        long dept = appSettings().get("visible_departments").get(0).asLong();
        sandbox.admin("POST", "/directory/members", Api.json(Map.of("userid", "MobileMatch", "name", "某某某", "department", List.of(dept),
                "mobile", "13977776666")));
        sandbox.admin("POST", "/directory/members", Api.json(Map.of("userid", "NameMatch", "name", "赵销售", "department", List.of(dept),
                "mobile", "13977775555")));
        TenantContext.runAs(t.tenantId(), () -> jdbc.sql("update app_user set mobile = '13977776666' where id = ?").param(t.rep1Id()).update());
        sync();

        JsonNode byMobile = admin.get("/api/v1/wecom/members/MobileMatch/suggestions").json();
        assertThat(byMobile.get(0).get("userId").asLong()).isEqualTo(t.rep1Id());
        assertThat(byMobile.get(0).get("reasons").toString()).contains("MOBILE");
        JsonNode byName = admin.get("/api/v1/wecom/members/NameMatch/suggestions").json();
        assertThat(byName.get(0).get("userId").asLong()).isEqualTo(t.rep2Id());
        assertThat(byName.get(0).get("reasons").toString()).contains("NAME").doesNotContain("MOBILE");

        String fragment = mvc.perform(get("/admin/wecom/binding/MobileMatch/suggestions").with(user(fixtures.user(t.adminId()))))
                .andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("手机号相同").contains("李销售").contains("suggestion-bind");

        Api.Response bound = admin.put("/api/v1/wecom/members/MobileMatch/binding", "{\"userId\":" + t.rep1Id() + "}");
        assertThat(bound.status()).as(bound.body()).isEqualTo(200);
        assertThat(bound.json().get("userName").asString()).isEqualTo("李销售");
        assertThat(TenantContext.callAs(t.tenantId(), () -> bindings.userFor("MobileMatch"))).contains(t.rep1Id());
        assertThat(TenantContext.callAs(t.tenantId(), () -> bindings.memberState("MobileMatch"))).isEqualTo(MemberState.BOUND);
        assertThat(members("bound=true&q=MobileMatch")).hasSize(1);
        assertThat(admin.put("/api/v1/wecom/members/NameMatch/binding", "{\"userId\":" + t.rep1Id() + "}").status()).isEqualTo(409);
        int audited = TenantContext.callAs(t.tenantId(), () -> jdbc.sql("select count(*) from audit_log where action = 'WECOM_BIND'")
                .query(Integer.class).single());
        assertThat(audited).isEqualTo(1);

        assertThat(admin.delete("/api/v1/wecom/members/MobileMatch/binding").status()).isEqualTo(204);
        assertThat(members("bound=true&q=MobileMatch")).isEmpty();
        assertThat(TenantContext.callAs(t.tenantId(), () -> bindings.memberState("MobileMatch"))).isEqualTo(MemberState.UNBOUND);
    }

    @Test
    void bulkBindingFromXlsxReportsEachRow() throws Exception {
        connect(true);
        sync();
        List<JsonNode> unbound = members("bound=false");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("企业微信账号", "Qike 登录名"));
        rows.add(List.of(unbound.get(0).get("userid").asString(), t.login("rep1")));
        rows.add(List.of(unbound.get(1).get("userid").asString(), "nobody-here"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).sheet("map").doWrite(rows);
        List<BulkBinding.RowOutcome> outcomes = fixtures.as(t.adminId(), () -> bulk.fromXlsx(new ByteArrayInputStream(out.toByteArray())));
        assertThat(outcomes).extracting(BulkBinding.RowOutcome::outcome).containsExactly("BOUND", "UNKNOWN_USER");
        assertThat(outcomes.get(0).row()).isEqualTo(2);
        assertThat(members("bound=true")).hasSize(1);
    }

    @Test
    void seatsOverflowIsShownWithTheAffectedMembersAndTheDiagnosisFails() throws Exception {
        connect(true);
        int visible = appSettings().get("visible_member_count").asInt();
        sandbox.admin("PUT", "/apps/app/seats", "{\"seats\":" + (visible - 3) + "}");
        List<String> unseated = StreamSupport.stream(appSettings().get("unseated_members").spliterator(), false).map(JsonNode::asString).toList();
        assertThat(unseated).hasSize(3);
        JsonNode line = sync();
        assertThat(line.get("unseated").asInt()).isEqualTo(3);
        admin.put("/api/v1/wecom/seats", "{\"purchased\":" + (visible - 3) + "}");

        JsonNode seats = admin.get("/api/v1/wecom/seats").json();
        assertThat(seats.get("purchased").asInt()).isEqualTo(visible - 3);
        assertThat(seats.get("inVisibleRange").asInt()).isEqualTo(visible);
        assertThat(StreamSupport.stream(seats.get("unseated").spliterator(), false).map(m -> m.get("userid").asString()).toList())
                .containsExactlyInAnyOrderElementsOf(unseated);
        String page = mvc.perform(get("/admin/wecom/binding").with(user(fixtures.user(t.adminId())))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("使用人数超限").contains("应用使用人数已连续超限7天").contains(unseated.get(0))
                .contains("可用人数 " + (visible - 3));
        assertThat(TenantContext.callAs(t.tenantId(), () -> bindings.memberState(unseated.get(0)))).isEqualTo(MemberState.UNSEATED);

        JsonNode check = diagnosis("60-seats");
        assertThat(check.get("status").asString()).isEqualTo("FAIL");
        assertThat(check.get("args").toString()).contains(unseated.get(0));
    }

    @Test
    void unboundMembersInTheVisibleRangeFailTheDiagnosisUntilBound() {
        connect(true);
        long dept = appSettings().get("visible_departments").get(0).asLong();
        sandbox.admin("POST", "/directory/members", Api.json(Map.of("userid", "OnlyOne", "name", "唯一", "department", List.of(dept),
                "mobile", "13966665555")));
        sandbox.admin("PUT", "/apps/app/visible-range", "{\"departments\":[],\"users\":[\"OnlyOne\"]}");
        sync();
        JsonNode check = diagnosis("70-unbound");
        assertThat(check.get("status").asString()).isEqualTo("FAIL");
        assertThat(check.get("args").toString()).contains("OnlyOne");
        admin.put("/api/v1/wecom/members/OnlyOne/binding", "{\"userId\":" + t.rep1Id() + "}");
        assertThat(diagnosis("70-unbound").get("status").asString()).isEqualTo("OK");
    }

    @Test
    void theContactsSecretRefusedOnDepartmentsNamesTheOpenApiConflict() {
        connect(true);
        assertThat(diagnosis("50-contacts-sync").get("status").asString()).isEqualTo("OK");
        sandbox.admin("PUT", "/faults", "{\"endpoint\":\"/cgi-bin/department/list\",\"errcode\":48002,\"times\":-1}");
        JsonNode check = diagnosis("50-contacts-sync");
        assertThat(check.get("status").asString()).isEqualTo("FAIL");
        assertThat(check.get("messageKey").asString()).isEqualTo("wecom.check.contactsSync.openapi");
        JsonNode line = sync();
        assertThat(line.get("errcode").asInt()).isEqualTo(48002);
        sandbox.admin("DELETE", "/faults", null);
    }

    @Test
    void aRepIsRefusedEveryEndpoint() {
        connect(true);
        Api rep = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD);
        assertThat(rep.get("/api/v1/wecom/members").status()).isEqualTo(403);
        assertThat(rep.get("/api/v1/wecom/members?bound=true").status()).isEqualTo(403);
        assertThat(rep.put("/api/v1/wecom/members/ZhangWei/binding", "{\"userId\":" + t.rep1Id() + "}").status()).isEqualTo(403);
        assertThat(rep.delete("/api/v1/wecom/members/ZhangWei/binding").status()).isEqualTo(403);
        assertThat(rep.get("/api/v1/wecom/members/ZhangWei/suggestions").status()).isEqualTo(403);
        assertThat(rep.post("/api/v1/wecom/directory/syncs", "{}").status()).isEqualTo(403);
        assertThat(rep.get("/api/v1/wecom/directory/syncs").status()).isEqualTo(403);
        assertThat(rep.get("/api/v1/wecom/seats").status()).isEqualTo(403);
        assertThat(rep.put("/api/v1/wecom/seats", "{\"purchased\":3}").status()).isEqualTo(403);
        assertThat(rep.post("/api/v1/wecom/members/users", "{\"userids\":[\"ZhangWei\"],\"roleId\":1}").status()).isEqualTo(403);
    }
}
