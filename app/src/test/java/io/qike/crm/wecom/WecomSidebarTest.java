package io.qike.crm.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.contact.ContactDraft;
import io.qike.crm.contact.ContactService;
import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.salesrecord.SalesRecordService;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.wecom.core.WeComState;
import java.util.Map;
import me.chanjar.weixin.cp.api.WxCpService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** 聊天工具栏: the page's JS-SDK signature, the chat's external contact as Qike knows it, and the sidebar's actions. */
@IntegrationTest
class WecomSidebarTest {
    static final String PAGE = "http://localhost/wecom/sidebar";
    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired WecomClients clients;
    @Autowired ExternalContactLinks links;
    @Autowired CustomerService customers;
    @Autowired ContactService contacts;
    @Autowired SalesRecordService records;
    @Autowired WeComState state;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    TestTenant t;
    Api admin;
    WecomSandboxSupport sandbox;

    @BeforeEach
    void connect() {
        t = fixtures.tenant();
        sandbox = new WecomSandboxSupport(port);
        admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        Api.Response put = admin.put("/api/v1/wecom/connection", Api.json(sandbox.fullConnection()));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
    }

    @AfterEach
    void tearDown() {
        admin.delete("/api/v1/wecom/connection");
        sandbox.reset();
    }

    /**
     * An external contact of the simulated corp whose following member (one the customer-contact secret may serve) the
     * administrator bound to this user on the binding page's API, with the member row the directory sync would make.
     */
    static String externalUserIdFollowedBy(long userId, WecomClients clients, WecomMembers members, Api admin, long tenantId)
            throws Exception {
        WxCpService wx = clients.forTenant(tenantId).customer().orElseThrow();
        for (String follower : wx.getExternalContactService().listFollowers()) {
            var ids = wx.getExternalContactService().listExternalContacts(follower);
            if (ids.isEmpty()) continue;
            members.synced(tenantId, follower, true);
            Api.Response bound = admin.put("/api/v1/wecom/members/" + follower + "/binding", "{\"userId\":" + userId + "}");
            assertThat(bound.status()).as(bound.body()).isEqualTo(200);
            return ids.get(0);
        }
        throw new IllegalStateException("no external contact in the simulator");
    }

    private String externalOfRep1() throws Exception {
        return externalUserIdFollowedBy(t.rep1Id(), clients, new WecomMembers(state, jdbc, tx), admin, t.tenantId());
    }

    private long contactOfRep1(String customerName) throws Exception {
        return fixtures.as(t.rep1Id(), () -> {
            long customer = customers.create(CustomerDraft.builder().name(customerName).build()).id();
            return contacts.create(new ContactDraft(customer, "王采购", "13900000001", null, "采购经理", null, null, Map.of()));
        });
    }

    private String html(MockHttpServletResponse r) throws Exception {
        return r.getContentAsString();
    }

    @Test
    void theAgentSignatureVerifiesWithWecomAndATamperedOneDoesNot() throws Exception {
        QikeUser rep = fixtures.user(t.rep1Id());
        MockHttpServletResponse r = mvc.perform(get("/wecom/sidebar/signature").param("url", PAGE + "#/chat").with(user(rep)))
                .andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        JsonNode s = JsonMapper.builder().build().readTree(r.getContentAsString());
        JsonNode agent = s.get("agent");
        assertThat(agent.get("corpId").asString()).isEqualTo(WecomSandboxSupport.CORP);
        assertThat(agent.get("agentId").asInt()).isEqualTo(1000005);
        assertThat(agent.get("url").asString()).as("signed without the #fragment").isEqualTo(PAGE);

        assertThat(verify("agent", agent, agent.get("signature").asString())).isTrue();
        assertThat(verify("corp", s.get("corp"), s.get("corp").get("signature").asString())).isTrue();
        String tampered = (agent.get("signature").asString().charAt(0) == 'a' ? "b" : "a") + agent.get("signature").asString().substring(1);
        assertThat(verify("agent", agent, tampered)).isFalse();
        assertThat(verify("corp", agent, agent.get("signature").asString())).as("the agent's signature is not the corp's").isFalse();
    }

    @Test
    void withoutAConnectionTheSignatureSaysWhatToDo() throws Exception {
        admin.delete("/api/v1/wecom/connection");
        MockHttpServletResponse r = mvc.perform(get("/wecom/sidebar/signature").param("url", PAGE).with(user(fixtures.user(t.rep1Id()))))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(503);
        assertThat(r.getContentAsString()).contains("本企业尚未对接企业微信").contains("企业微信对接");
    }

    private boolean verify(String kind, JsonNode sig, String signature) {
        return sandbox.admin("POST", "/jsapi/verify", Api.json(Map.of("kind", kind, "noncestr", sig.get("nonceStr").asString(),
                "timestamp", sig.get("timestamp").asString(), "url", sig.get("url").asString(), "signature", signature)))
                .json().get("valid").asBoolean();
    }

    @Test
    void aBoundExternalContactShowsItsCustomerAndASalesRecordCanBeAdded() throws Exception {
        String external = externalOfRep1();
        long contactId = contactOfRep1("杭州侧边栏测试有限公司");
        fixtures.as(t.rep1Id(), () -> links.link(external, contactId));
        QikeUser rep = fixtures.user(t.rep1Id());

        String chat = html(mvc.perform(get("/wecom/sidebar/chat").param("externalUserId", external).with(user(rep))).andReturn().getResponse());
        assertThat(chat).contains("id=\"sidebar-linked\"").contains("杭州侧边栏测试有限公司").contains("王采购").contains("采购经理")
                .contains("还没有销售记录");

        String after = html(mvc.perform(post("/wecom/sidebar/chat/records").param("externalUserId", external)
                .param("type", "WECOM").param("content", "微信里确认了报价").with(user(rep)).with(csrf())).andReturn().getResponse());
        assertThat(after).contains("微信里确认了报价").contains("企业微信沟通").doesNotContain("sidebar-errors");
        assertThat(fixtures.as(t.rep1Id(), () -> records.latest(5))).anyMatch(x -> x.content().equals("微信里确认了报价")
                && x.contactId() != null && x.contactId() == contactId);

        String empty = html(mvc.perform(post("/wecom/sidebar/chat/records").param("externalUserId", external)
                .param("content", "").with(user(rep)).with(csrf())).andReturn().getResponse());
        assertThat(empty).contains("sidebar-errors");
    }

    @Test
    void aContactOutsideTheMembersDataScopeShowsNoAccessNotItsData() throws Exception {
        String external = externalOfRep1();
        long contactId = contactOfRep1("宁波别人家的客户有限公司");
        fixtures.as(t.rep1Id(), () -> links.link(external, contactId));

        String chat = html(mvc.perform(get("/wecom/sidebar/chat").param("externalUserId", external).with(user(fixtures.user(t.rep2Id()))))
                .andReturn().getResponse());
        assertThat(chat).contains("无权查看").doesNotContain("宁波别人家的客户有限公司").doesNotContain("王采购")
                .as("no import or binding offer: it would make a duplicate").doesNotContain("id=\"sidebar-import\"")
                .doesNotContain("id=\"sidebar-bind-search\"");

        long rep2Contact = fixtures.as(t.rep2Id(), () -> contacts.create(new ContactDraft(
                customers.create(CustomerDraft.builder().name("宁波抢绑定有限公司").build()).id(), "赵经理", null, null, null, null, null, Map.of())));
        String rebound = html(mvc.perform(post("/wecom/sidebar/chat/link").param("externalUserId", external)
                .param("contactId", "" + rep2Contact).with(user(fixtures.user(t.rep2Id()))).with(csrf())).andReturn().getResponse());
        assertThat(rebound).contains("无权查看").doesNotContain("宁波抢绑定有限公司");
        assertThat(fixtures.as(t.rep1Id(), () -> links.find(external))).as("still rep1's contact")
                .hasValueSatisfying(l -> assertThat(l.contactId()).isEqualTo(contactId));
    }

    @Test
    void anUnknownExternalContactOffersImportAndBindingToAVisibleContact() throws Exception {
        String external = externalOfRep1();
        long contactId = contactOfRep1("苏州待绑定有限公司");
        QikeUser rep = fixtures.user(t.rep1Id());

        String chat = html(mvc.perform(get("/wecom/sidebar/chat").param("externalUserId", external).with(user(rep))).andReturn().getResponse());
        assertThat(chat).contains("此外部联系人尚未导入系统").contains("id=\"sidebar-import\"").contains("id=\"sidebar-bind-search\"");

        String offered = html(mvc.perform(get("/wecom/sidebar/contacts").param("externalUserId", external).param("q", "王采购")
                .with(user(rep))).andReturn().getResponse());
        assertThat(offered).contains("苏州待绑定有限公司").contains("value=\"" + contactId + "\"");
        String others = html(mvc.perform(get("/wecom/sidebar/contacts").param("externalUserId", external).param("q", "王采购")
                .with(user(fixtures.user(t.rep2Id())))).andReturn().getResponse());
        assertThat(others).as("another rep's contacts are not offered").doesNotContain("苏州待绑定有限公司");

        String bound = html(mvc.perform(post("/wecom/sidebar/chat/link").param("externalUserId", external)
                .param("contactId", "" + contactId).with(user(rep)).with(csrf())).andReturn().getResponse());
        assertThat(bound).contains("id=\"sidebar-linked\"").contains("苏州待绑定有限公司");
    }

    @Test
    void withoutASessionTheSidebarGoesThroughTheWecomLoginAndBack() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/wecom/sidebar")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).endsWith("/wecom/login?next=/wecom/sidebar");
        MockHttpServletResponse fragment = mvc.perform(get("/wecom/sidebar/chat").param("externalUserId", "wmX").header("HX-Request", "true"))
                .andReturn().getResponse();
        assertThat(fragment.getHeader("HX-Redirect")).endsWith("/wecom/login?next=/wecom/sidebar");
        assertThat(mvc.perform(get("/customers")).andReturn().getResponse().getRedirectedUrl())
                .as("other pages keep the normal login").endsWith("/login");
    }

    @Test
    void thePageLoadsTheSimulatorsJsSdkAndItsPolicyAllowsOnlyThatHost() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/wecom/sidebar").with(user(fixtures.user(t.rep1Id())))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains(sandbox.baseUrl() + "/jssdk/jweixin.js").contains("/js/wecom-sidebar.js");
        String origin = "http://localhost:" + port;
        assertThat(page.getHeader("Content-Security-Policy")).contains("script-src 'self' " + origin + ";")
                .doesNotContain("res.wx.qq.com");
        String other = mvc.perform(get("/h5").with(user(fixtures.user(t.rep1Id())))).andReturn().getResponse().getHeader("Content-Security-Policy");
        assertThat(other).contains("script-src 'self';");
    }

    @Test
    void theDiagnosisNamesTheTrustedDomainOfTheSidebar() throws Exception {
        String diagnosis = html(mvc.perform(get("/admin/wecom/diagnosis").with(user(fixtures.user(t.adminId())))).andReturn().getResponse());
        assertThat(diagnosis).contains("check-50-sidebar").contains("应用的可信域名须为 localhost");
        sandbox.admin("PUT", "/faults", "{\"endpoint\":\"/cgi-bin/ticket/get\",\"errcode\":48002,\"times\":-1}");
        clients.forTenant(t.tenantId()).app().orElseThrow().getWxCpConfigStorage().expireAgentJsapiTicket();
        String refused = html(mvc.perform(get("/admin/wecom/diagnosis").with(user(fixtures.user(t.adminId())))).andReturn().getResponse());
        assertThat(refused).contains("check-50-sidebar").doesNotContain("应用的可信域名须为 localhost");
    }
}
