package io.qike.crm.wecom.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.org.TenantProvisioning;
import io.qike.crm.registry.RegistryProvider;
import io.qike.crm.registry.RegistrySandbox;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.crm.wecom.WecomClients;
import io.qike.crm.wecom.WecomSandboxSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** 外部联系人: listed page by page, imported as contacts of matched or registry-created customers, kept up to date by callbacks. */
@IntegrationTest
class ExternalContactsTest {
    static final String LIST = "/api/v1/wecom/external-contacts";
    static final String BATCH = "/cgi-bin/externalcontact/batch/get_by_user";
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired TenantProvisioning provisioning;
    @Autowired WecomClients clients;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired RegistrySandbox registry;
    TestTenant t;
    Api admin;
    WecomSandboxSupport sandbox;
    /** The bound members: member userid → Qike user. */
    final Map<String, Long> bound = new LinkedHashMap<>();

    @BeforeEach
    void setUp() throws Exception {
        t = fixtures.tenant();
        admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        sandbox = new WecomSandboxSupport(port);
        assertThat(admin.put("/api/v1/wecom/connection", Api.json(sandbox.fullConnection())).status()).isEqualTo(200);
        bind(List.of(t.rep1Id(), t.rep2Id(), t.managerId()), 5);
    }

    /** Binds members who have customers (客户联系 rights) to these users and to {@code more} new sales reps. */
    void bind(List<Long> existing, int more) throws Exception {
        List<String> followers = TenantContext.callAs(t.tenantId(),
                () -> clients.forTenant(t.tenantId()).customer().orElseThrow().getExternalContactService().listFollowers());
        List<Long> users = new ArrayList<>(existing);
        TenantContext.runAs(t.tenantId(), () -> {
            for (int i = 0; i < more; i++) {
                users.add(provisioning.user(t.prefix() + "-sales" + (bound.size() + i), "销售" + i, t.salesDeptId(), t.managerId(),
                        TestFixtures.PASSWORD, t.salesRoleId()));
            }
            int from = bound.size();
            for (int i = 0; i < users.size(); i++) {
                jdbc.sql("insert into wecom_binding(userid, user_id) values (?, ?)").params(followers.get(from + i), users.get(i)).update();
                bound.put(followers.get(from + i), users.get(i));
            }
        });
    }

    @AfterEach
    void tearDown() {
        admin.delete("/api/v1/wecom/connection");
        sandbox.reset();
    }

    @Test
    void theListGoesPageByPageWithTheCursorOneWecomCallEachAndARepSeesOnlyTheirMembersContacts() throws Exception {
        bind(List.of(), 24);
        sandbox.admin("DELETE", "/counters", null);
        List<JsonNode> rows = all(admin);
        long pages = rows.stream().map(r -> r.get("page").asInt()).distinct().count();
        assertThat(pages).as("pages of %d rows", rows.size()).isGreaterThan(1);
        assertThat(sandbox.admin("GET", "/counters", null).json().get(BATCH).asInt()).isEqualTo((int) pages);
        assertThat(rows.size()).isGreaterThan(100);

        String rep1Member = member(t.rep1Id());
        List<JsonNode> rep1 = all(new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD));
        assertThat(rep1).isNotEmpty();
        assertThat(rep1).allMatch(r -> followers(r).contains(rep1Member));
        assertThat(new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD).get(LIST + "?member=" + member(t.rep2Id())).status()).isEqualTo(400);
    }

    @Test
    void importMatchesTheCustomerOfTheSameCorpNameAndImportingTwiceMakesOneContact() {
        JsonNode row = first(admin, r -> r.get("type").asInt() == 2 && !r.path("corpFullName").isNull());
        String corp = row.get("corpFullName").asString();
        long customer = admin.post("/api/v1/customers", Api.json(Map.of("name", corp))).json().get("id").asLong();
        JsonNode listed = first(admin, r -> r.get("externalUserId").asString().equals(row.get("externalUserId").asString()));
        assertThat(listed.get("match").get("kind").asString()).isEqualTo("CUSTOMER");
        assertThat(listed.get("match").get("customerId").asLong()).isEqualTo(customer);

        JsonNode result = importOne(row.get("externalUserId").asString(), null);
        assertThat(result.get("status").asString()).isEqualTo("IMPORTED");
        assertThat(result.get("customerId").asLong()).isEqualTo(customer);
        JsonNode again = importOne(row.get("externalUserId").asString(), null);
        assertThat(again.get("status").asString()).isEqualTo("ALREADY_IMPORTED");
        assertThat(again.get("contactId").asLong()).isEqualTo(result.get("contactId").asLong());
        assertThat(admin.get("/api/v1/contacts?customerId=" + customer).json().get("total").asInt()).isEqualTo(1);
        assertThat(admin.get(LIST + "/" + row.get("externalUserId").asString() + "/contact").json().get("contactId").asLong())
                .isEqualTo(result.get("contactId").asLong());
    }

    @Test
    void withoutAMatchTheCustomerIsCreatedFromTheRegistryWithOnePaidLookupPerCompany() {
        RegistrySandbox.Keys keys = registry.only(t.adminId(), port, RegistryProvider.QICHACHA);
        List<JsonNode> rows = all(admin).stream().filter(r -> r.get("type").asInt() == 2 && !r.path("corpFullName").isNull()).toList();
        Map<String, List<JsonNode>> byCorp = rows.stream().collect(Collectors.groupingBy(r -> r.get("corpFullName").asString()));
        List<JsonNode> sameCorp = byCorp.values().stream().filter(l -> l.size() > 1).findFirst().orElse(List.of(rows.get(0)));
        String corp = sameCorp.get(0).get("corpFullName").asString();
        assertThat(sameCorp.get(0).get("match").get("kind").asString()).isEqualTo("CREATE_CUSTOMER");

        List<JsonNode> results = new ArrayList<>();
        for (JsonNode r : sameCorp) results.add(importOne(r.get("externalUserId").asString(), null));
        assertThat(results).allMatch(r -> r.get("status").asString().equals("IMPORTED"));
        long customer = results.get(0).get("customerId").asLong();
        assertThat(results).allMatch(r -> r.get("customerId").asLong() == customer);
        JsonNode created = admin.get("/api/v1/customers/" + customer).json();
        assertThat(created.get("name").asString()).isEqualTo(corp);
        assertThat(created.path("creditCode").isString()).isTrue();
        assertThat(registry.calls(keys)).isEqualTo(1);
    }

    @Test
    void aPersonalWechatContactNeedsAPickedCustomerAndIsReportedNotDropped() {
        JsonNode row = first(admin, r -> r.get("type").asInt() == 1);
        String id = row.get("externalUserId").asString();
        assertThat(row.get("match").get("kind").asString()).isEqualTo("NEEDS_CUSTOMER");
        JsonNode result = importOne(id, null);
        assertThat(result.get("status").asString()).isEqualTo("NEEDS_CUSTOMER");
        assertThat(result.get("reason").asString()).isEqualTo("personal");

        long customer = admin.post("/api/v1/customers", Api.json(Map.of("name", "杭州个人客户测试有限公司"))).json().get("id").asLong();
        JsonNode picked = importOne(id, customer);
        assertThat(picked.get("status").asString()).isEqualTo("IMPORTED");
        assertThat(picked.get("customerId").asLong()).isEqualTo(customer);
    }

    @Test
    void importAllRunsAsAJobAndReportsThoseNeedingACustomer() {
        Api rep1 = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD);
        List<JsonNode> mine = all(rep1);
        long personal = mine.stream().filter(r -> r.get("type").asInt() == 1).count();
        Api.Response started = rep1.post(LIST + "/imports", "{\"all\":true}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long job = started.json().get("id").asLong();
        await().atMost(Duration.ofSeconds(60)).until(() -> rep1.get(LIST + "/imports/" + job).json().get("status").asString().equals("DONE"));
        JsonNode result = rep1.get(LIST + "/imports/" + job).json().get("result");
        assertThat(result.get("needs_customer").asInt()).isEqualTo((int) personal);
        assertThat(result.get("needsCustomerIds").size()).isEqualTo((int) personal);
        assertThat(result.get("imported").asInt() + result.get("failed").asInt() + result.get("needs_customer").asInt()).isEqualTo(mine.size());
    }

    @Test
    void changeExternalContactEventsUpdateTheBinding() {
        JsonNode row = first(admin, r -> r.get("type").asInt() == 2);
        String id = row.get("externalUserId").asString();
        importOne(id, null);
        String member = followers(row).get(0);
        Api.Response saved = sandbox.admin("PUT", "/apps/customer/callback", Api.json(Map.of("url",
                "http://localhost:" + port + "/wecom/callback/" + WecomSandboxSupport.CORP, "token", WecomSandboxSupport.TOKEN,
                "encoding_aes_key", WecomSandboxSupport.AES_KEY)));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        String remark = remark(id, member);
        TenantContext.runAs(t.tenantId(), () -> jdbc.sql("update wecom_external_follow set remark = 'stale' where external_userid = ?").param(id).update());

        event("edit_external_contact", member, id);
        await().atMost(Duration.ofSeconds(20)).until(() -> java.util.Objects.equals(remark(id, member), remark));

        event("del_follow_user", member, id);
        await().atMost(Duration.ofSeconds(20)).until(() -> follows(id, member) == 0);
        assertThat(admin.get(LIST + "/" + id + "/contact").status()).isEqualTo(200);
    }

    @Test
    void aBoundContactShowsTheWecomChatIconAndOthersDoNot() throws Exception {
        JsonNode row = first(admin, r -> r.get("type").asInt() == 2);
        long contact = importOne(row.get("externalUserId").asString(), null).get("contactId").asLong();
        long customer = admin.post("/api/v1/customers", Api.json(Map.of("name", "无绑定联系人测试有限公司"))).json().get("id").asLong();
        long plain = admin.post("/api/v1/contacts", Api.json(Map.of("name", "普通联系人", "customerId", customer))).json().get("id").asLong();
        var me = fixtures.user(t.adminId());
        String bound = mvc.perform(get("/contacts/" + contact).with(user(me))).andReturn().getResponse().getContentAsString();
        String other = mvc.perform(get("/contacts/" + plain).with(user(me))).andReturn().getResponse().getContentAsString();
        assertThat(bound).contains("wecom-chat").contains("data-external-userid=\"" + row.get("externalUserId").asString() + "\"");
        assertThat(other).doesNotContain("data-external-userid");

        // Binding an existing contact (PUT …/contact) shows the icon on it.
        JsonNode second = first(admin, r -> r.get("type").asInt() == 2 && r.path("contactId").isMissingNode()
                && !r.get("externalUserId").asString().equals(row.get("externalUserId").asString()));
        Api.Response linked = admin.put(LIST + "/" + second.get("externalUserId").asString() + "/contact", "{\"contactId\":" + plain + "}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(mvc.perform(get("/contacts/" + plain).with(user(me))).andReturn().getResponse().getContentAsString())
                .contains("data-external-userid=\"" + second.get("externalUserId").asString() + "\"");
        assertThat(mvc.perform(get("/wecom/external-contacts").with(user(me))).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theDiagnosisNamesAnAppOutsideTheCallableAppsAndAnInvalidCustomerSecret() {
        assertThat(check().get("status").asString()).isEqualTo("OK");
        sandbox.admin("PUT", "/apps/app/external-contact-access", "{\"enabled\": false}");
        assertThat(check().get("messageKey").asString()).isEqualTo("wecom.check.external.appNotAllowed");
        assertThat(check().get("status").asString()).isEqualTo("FAIL");

        admin.put("/api/v1/wecom/connection", Api.json(Map.of("customerSecret", "x".repeat(43))));
        assertThat(check().get("messageKey").asString()).isEqualTo("wecom.check.external.customerSecret");
    }

    @Test
    void aUserWithoutContactCreateIsRefused() throws Exception {
        TenantContext.runAs(t.tenantId(), () -> jdbc.sql("delete from role_permission where role_id = ? and permission = 'contact:create'")
                .param(t.salesRoleId()).update());
        Api rep1 = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD);
        assertThat(rep1.get(LIST).status()).isEqualTo(403);
        assertThat(rep1.post(LIST + "/imports", "{\"externalUserIds\":[\"x\"]}").status()).isEqualTo(403);
        assertThat(mvc.perform(get("/wecom/external-contacts").with(user(fixtures.user(t.rep1Id())))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    JsonNode check() {
        for (JsonNode l : admin.get("/api/v1/wecom/diagnosis").json()) {
            if (l.get("id").asString().equals("60-external-contacts")) return l.get("result");
        }
        throw new AssertionError("no external-contacts check");
    }

    JsonNode importOne(String externalUserId, Long customerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("externalUserIds", List.of(externalUserId));
        if (customerId != null) body.put("customerId", customerId);
        Api.Response r = admin.post(LIST + "/imports", Api.json(body));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("results").get(0);
    }

    void event(String changeType, String member, String external) {
        JsonNode d = sandbox.admin("POST", "/callbacks/customer/events", Api.json(Map.of("event", "change_external_contact",
                "change_type", changeType, "fields", Map.of("UserID", member, "ExternalUserID", external)))).json();
        assertThat(d.get("delivered").asBoolean()).as(d.toString()).isTrue();
    }

    String remark(String external, String member) {
        return TenantContext.callAs(t.tenantId(), () -> jdbc.sql("select remark from wecom_external_follow where external_userid = ? and userid = ?")
                .params(external, member).query(String.class).optional().orElse(null));
    }

    int follows(String external, String member) {
        return TenantContext.callAs(t.tenantId(), () -> jdbc.sql("select count(*) from wecom_external_follow where external_userid = ? and userid = ?")
                .params(external, member).query(Integer.class).single());
    }

    String member(long userId) {
        return bound.entrySet().stream().filter(e -> e.getValue() == userId).findFirst().orElseThrow().getKey();
    }

    static List<String> followers(JsonNode row) {
        List<String> out = new ArrayList<>();
        row.get("followers").forEach(f -> out.add(f.get("userid").asString()));
        return out;
    }

    JsonNode first(Api api, java.util.function.Predicate<JsonNode> test) {
        return all(api).stream().filter(test).findFirst().orElseThrow();
    }

    /** Every row of every page; each row carries its page number under "page". */
    static List<JsonNode> all(Api api) {
        List<JsonNode> rows = new ArrayList<>();
        String cursor = "";
        int page = 0;
        do {
            Api.Response r = api.get(LIST + "?cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode body = r.json();
            for (JsonNode row : body.get("items")) {
                ((tools.jackson.databind.node.ObjectNode) row).put("page", page);
                rows.add(row);
            }
            cursor = body.path("nextCursor").isString() ? body.get("nextCursor").asString() : null;
            page++;
        } while (cursor != null && page < 100);
        return rows;
    }
}
