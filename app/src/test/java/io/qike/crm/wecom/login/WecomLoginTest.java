package io.qike.crm.wecom.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.crm.wecom.WecomMembers;
import io.qike.crm.wecom.WecomSandboxSupport;
import io.qike.sandbox.wecom.core.WeComState;
import io.qike.sandbox.wecom.directory.Member;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Members open the H5 pages from the WeCom workbench: signed in through OAuth, or told what is missing. */
@IntegrationTest
class WecomLoginTest {
    static final String ENTRY = "/wecom/h5/" + WecomSandboxSupport.CORP;
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired WeComState state;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    TestTenant t;
    Api admin;
    WecomSandboxSupport sandbox;
    WecomMembers members;
    List<Member> visible;

    @BeforeEach
    void connect() {
        t = fixtures.tenant();
        sandbox = new WecomSandboxSupport(port);
        members = new WecomMembers(state, jdbc, tx);
        visible = members.visibleActive();
        admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        assertThat(admin.put("/api/v1/wecom/connection", Api.json(sandbox.fullConnection())).status()).isEqualTo(200);
    }

    @AfterEach
    void tearDown() {
        admin.delete("/api/v1/wecom/connection");
        sandbox.reset();
    }

    @Test
    void aBoundMemberLandsSignedInOnTheH5HomeAndTheCodeCannotBeUsedAgain() {
        members.bind(t.tenantId(), visible.get(0).userid(), t.rep1Id());
        PhoneSession phone = new PhoneSession(port);
        PhoneSession.Answer entry = phone.get(ENTRY);
        assertThat(entry.status()).isEqualTo(302);
        assertThat(entry.location()).contains("/connect/oauth2/authorize?appid=" + WecomSandboxSupport.CORP)
                .contains("scope=snsapi_base").contains("agentid=1000005").contains("state=")
                .contains("redirect_uri=" + java.net.URLEncoder.encode("http://localhost:" + port + "/wecom/login/callback", java.nio.charset.StandardCharsets.UTF_8));
        PhoneSession.Answer back = phone.get(phone.authorizeAs(entry.location(), visible.get(0).userid()));
        assertThat(phone.lastCallback).contains("/wecom/login/callback?code=");
        assertThat(back.status()).isEqualTo(302);
        assertThat(back.location()).endsWith("/h5");
        PhoneSession.Answer home = phone.get("/h5");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"tab-messages\"").contains("id=\"notification-bell\"");

        // Signed in already: the entry goes straight to the page, no new round trip.
        assertThat(phone.get("/wecom/login?corp=" + WecomSandboxSupport.CORP + "&next=/h5/me").location()).endsWith("/h5/me");

        // The code of that sign-in, brought back by another browser with a state of its own: WeCom says 40029.
        PhoneSession other = new PhoneSession(port);
        String freshState = other.get(ENTRY).location().replaceAll(".*[?&]state=([^&#]+).*", "$1");
        String code = phone.lastCallback.replaceAll(".*[?&]code=([^&]+).*", "$1");
        PhoneSession.Answer reused = other.get("/wecom/login/callback?code=" + code + "&state=" + freshState);
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.body()).contains("链接已失效，请从企业微信工作台重新进入").contains("wecom-login-expired");
        assertThat(other.get("/h5").status()).isEqualTo(302);
    }

    @Test
    void aMissingUnknownOrReusedStateIsAClearPage() {
        members.bind(t.tenantId(), visible.get(0).userid(), t.rep1Id());
        PhoneSession phone = new PhoneSession(port);
        assertThat(phone.get("/wecom/login/callback?code=abc").body()).contains("链接已失效");
        assertThat(phone.get("/wecom/login/callback?code=abc&state=forged").status()).isEqualTo(400);
        assertThat(phone.get("/wecom/login/callback").status()).isEqualTo(400);
        // A state from another browser is worth nothing here.
        PhoneSession other = new PhoneSession(port);
        String back = other.authorizeAs(other.get(ENTRY).location(), visible.get(0).userid());
        PhoneSession.Answer stolen = phone.get(back);
        assertThat(stolen.status()).isEqualTo(400);
        assertThat(stolen.body()).contains("wecom-login-expired");
        assertThat(phone.get("/h5").status()).isEqualTo(302);
    }

    @Test
    void anUnboundMemberIsToldWhichBindingStepIsMissing() {
        Member unbound = visible.get(1);
        members.synced(t.tenantId(), unbound.userid(), true);
        PhoneSession.Answer page = new PhoneSession(port).openAs(ENTRY, unbound.userid());
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("企业初始化").contains(unbound.userid()).contains("尚未绑定成功");

        // Not in the directory the last sync saw: the visible range was widened without binding.
        Member unsynced = visible.get(2);
        PhoneSession.Answer widened = new PhoneSession(port).openAs(ENTRY, unsynced.userid());
        assertThat(widened.body()).contains("企业初始化").contains(unsynced.userid()).contains("调整了可见范围后，未在企客后台做账号绑定");
    }

    @Test
    void aMemberWithoutASeatSeesTheUserLimitPage() {
        Member seated = visible.get(0);
        Member unseated = visible.get(1);
        members.bind(t.tenantId(), unseated.userid(), t.rep2Id());
        sandbox.admin("PUT", "/apps/app/seats", "{\"seats\": " + members.seatsFor(1) + "}");
        PhoneSession.Answer page = new PhoneSession(port).openAs(ENTRY, unseated.userid());
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("使用人数超限").contains("应用使用人数已连续超限7天，调整可见范围至可用人数内即可恢复正常使用")
                .contains("联系管理员");
        assertThat(seated.userid()).isNotEqualTo(unseated.userid());
    }

    @Test
    void aRedirectOutOfTheSiteIsRefusedAndH5PagesSendStrangersThroughWecom() {
        PhoneSession phone = new PhoneSession(port);
        for (String next : List.of("https://evil.example/x", "//evil.example/x", "/\\evil.example")) {
            PhoneSession.Answer a = phone.get("/wecom/login?corp=" + WecomSandboxSupport.CORP + "&next="
                    + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(a.status()).as(next).isEqualTo(400);
            assertThat(a.body()).contains("wecom-login-badLink");
        }
        PhoneSession.Answer h5 = phone.get("/h5/customers?q=1");
        assertThat(h5.status()).isEqualTo(302);
        assertThat(h5.location()).contains("/wecom/login?next=%2Fh5%2Fcustomers%3Fq%3D1");
        assertThat(phone.get("/h5?corp=" + WecomSandboxSupport.CORP).location()).contains("/wecom/login?next=%2Fh5&corp=" + WecomSandboxSupport.CORP);
        // The web pages keep the password form.
        assertThat(phone.get("/customers").location()).endsWith("/login");
        // Without a corp (and none remembered) the member is told to use the workbench.
        assertThat(phone.get("/wecom/login?next=/h5").body()).contains("wecom-login-noCorp");
    }

    @Test
    void anUntrustedDomainIsShownToTheMemberAndFailsTheDiagnosis() {
        members.bind(t.tenantId(), visible.get(0).userid(), t.rep1Id());
        sandbox.admin("PUT", "/apps/app/trusted-domains", "{\"domains\": [\"crm.example.com\"]}");
        PhoneSession.Answer page = new PhoneSession(port).openAs(ENTRY, visible.get(0).userid());
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("wecom-login-untrustedDomain").contains("localhost");
        String diagnosis = admin.get("/api/v1/wecom/diagnosis").body();
        assertThat(diagnosis).contains("\"id\":\"50-trusted-domain\"").contains("wecom.check.trustedDomain.refused");
    }

    @Test
    void aDisabledUserIsRefusedAsTheLoginFormRefusesHim() {
        members.bind(t.tenantId(), visible.get(0).userid(), t.rep1Id());
        io.qike.crm.platform.TenantContext.runAs(t.tenantId(), () -> tx.executeWithoutResult(s -> jdbc.sql(
                "update app_user set status = 'DISABLED' where id = ?").param(t.rep1Id()).update()));
        PhoneSession phone = new PhoneSession(port);
        PhoneSession.Answer page = phone.openAs(ENTRY, visible.get(0).userid());
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login?error=disabled");
        assertThat(phone.get("/h5").status()).isEqualTo(302);
    }
}
