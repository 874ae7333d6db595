package io.qike.crm.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** 企业微信对接 over the API against the WeCom simulator: secrets write-only, partial saves, test connection, clients. */
@IntegrationTest
class WecomConnectionTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired WecomClients clients;
    @Autowired WecomDemoConnection demoConnection;
    @Autowired WecomConnectionService service;
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

    @Test
    void secretsAreNeverReturnedAndFieldsLeftOutKeepTheirValue() {
        Map<String, Object> full = sandbox.fullConnection();
        Api.Response put = admin.put("/api/v1/wecom/connection", Api.json(full));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        for (String secretField : new String[]{"agentSecret", "contactsSecret", "customerSecret", "callbackToken", "encodingAesKey"}) {
            assertThat(put.body()).doesNotContain((String) full.get(secretField));
        }
        JsonNode view = admin.get("/api/v1/wecom/connection").json();
        assertThat(view.get("corpId").asString()).isEqualTo(WecomSandboxSupport.CORP);
        assertThat(view.get("agentSecretHint").asString()).startsWith("••••").endsWith(((String) full.get("agentSecret")).substring(39));
        assertThat(view.get("consoleUrls").get("callbackUrl").asString()).endsWith("/wecom/callback/" + WecomSandboxSupport.CORP);
        assertThat(view.get("consoleUrls").get("trustedDomain").asString()).isEqualTo("localhost");

        assertThat(admin.put("/api/v1/wecom/connection", "{\"agentId\": 1000005}").status()).isEqualTo(200);
        JsonNode kept = admin.get("/api/v1/wecom/connection").json();
        assertThat(kept.path("contactsSecretHint").isString()).isTrue();
        assertThat(kept.path("encodingAesKeyHint").isString()).isTrue();
        assertThat(admin.post("/api/v1/wecom/connection/test", "{}").json()).allMatch(r -> r.get("ok").asBoolean());
    }

    @Test
    void aPartialConnectionIsAcceptedAndTheMissingSecretsAreNamed() {
        Map<String, Object> m = sandbox.fullConnection();
        m.remove("contactsSecret");
        m.remove("customerSecret");
        assertThat(admin.put("/api/v1/wecom/connection", Api.json(m)).status()).isEqualTo(200);
        JsonNode tests = admin.post("/api/v1/wecom/connection/test", "{}").json();
        assertThat(tests.get(0).get("ok").asBoolean()).isTrue();
        assertThat(tests.get(1).get("configured").asBoolean()).isFalse();
    }

    @Test
    void aSalesRepCannotSeeOrChangeTheConnection() {
        Api rep = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD);
        assertThat(rep.get("/api/v1/wecom/connection").status()).isEqualTo(403);
        assertThat(rep.put("/api/v1/wecom/connection", Api.json(sandbox.fullConnection())).status()).isEqualTo(403);
        assertThat(rep.get("/api/v1/wecom/diagnosis").status()).isEqualTo(403);
    }

    @Test
    void oneCorpBindsToOneEnterprise() {
        assertThat(admin.put("/api/v1/wecom/connection", Api.json(sandbox.fullConnection())).status()).isEqualTo(200);
        TestTenant other = fixtures.tenant();
        Api otherAdmin = new Api(port).login(other.login("admin"), TestFixtures.PASSWORD);
        Api.Response r = otherAdmin.put("/api/v1/wecom/connection", Api.json(sandbox.fullConnection()));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("wecom_corp_taken");
    }

    @Test
    void testConnectionNamesTheWrongSecretWithWecomsErrcode() {
        Map<String, Object> m = sandbox.fullConnection();
        m.put("contactsSecret", "x".repeat(43));
        admin.put("/api/v1/wecom/connection", Api.json(m));
        JsonNode tests = admin.post("/api/v1/wecom/connection/test", "{}").json();
        assertThat(tests.get(0).get("ok").asBoolean()).isTrue();
        assertThat(tests.get(1).get("secret").asString()).isEqualTo("CONTACTS");
        assertThat(tests.get(1).get("errcode").asInt()).isEqualTo(40001);
        assertThat(tests.get(2).get("ok").asBoolean()).isTrue();
    }

    @Test
    void anAddressOutsideTheAllowListIsNamedAsWecomSawIt() {
        admin.put("/api/v1/wecom/connection", Api.json(sandbox.fullConnection()));
        sandbox.admin("PUT", "/apps/app/ip-allowlist", "{\"ips\": [\"10.0.0.0/8\"]}");
        JsonNode app = admin.post("/api/v1/wecom/connection/test", "{}").json().get(0);
        assertThat(app.get("errcode").asInt()).isEqualTo(60020);
        assertThat(app.get("args").get(0).asString()).isEqualTo("127.0.0.1");
        JsonNode ip = line(admin.get("/api/v1/wecom/diagnosis").json(), "20-ip-allow-list");
        assertThat(ip.get("result").get("status").asString()).isEqualTo("FAIL");
        assertThat(ip.get("result").get("args").get(0).asString()).isEqualTo("127.0.0.1");
    }

    @Test
    void theApiNotOpenedIsDiagnosedInTheDocumentsWords() {
        Map<String, Object> m = sandbox.fullConnection();
        m.put("agentSecret", sandbox.secret("archive"));
        admin.put("/api/v1/wecom/connection", Api.json(m));
        JsonNode api = line(admin.get("/api/v1/wecom/diagnosis").json(), "10-api-open");
        assertThat(api.get("result").get("status").asString()).isEqualTo("FAIL");
        assertThat(api.get("result").get("actionKey").asString()).isEqualTo("wecom.check.apiOpen.closed.action");
        JsonNode secrets = line(admin.get("/api/v1/wecom/diagnosis").json(), "30-secrets");
        assertThat(secrets.get("result").get("status").asString()).isEqualTo("FAIL");
    }

    @Test
    void anExpiredTokenIsRenewedOnTheSandboxClock() throws Exception {
        admin.put("/api/v1/wecom/connection", Api.json(sandbox.fullConnection()));
        var contacts = clients.forTenant(t.tenantId()).contacts().orElseThrow();
        assertThat(contacts.getDepartmentService().list(null)).isNotEmpty();
        String token = contacts.getAccessToken();
        sandbox.admin("POST", "/clock/advance", "{\"seconds\": 7201}");
        assertThat(contacts.getDepartmentService().list(null)).isNotEmpty();
        assertThat(contacts.getAccessToken()).isNotEqualTo(token);
    }

    @Test
    void theOauthPageIsTheSandboxsWhenTheBaseUrlIsNotTencents() {
        admin.put("/api/v1/wecom/connection", Api.json(sandbox.fullConnection()));
        String url = clients.forTenant(t.tenantId()).oauthAuthorizeUrl("http://localhost/h5", "s1");
        assertThat(url).startsWith(sandbox.baseUrl() + "/connect/oauth2/authorize?appid=" + WecomSandboxSupport.CORP)
                .contains("redirect_uri=http%3A%2F%2Flocalhost%2Fh5").contains("state=s1").endsWith("#wechat_redirect");
    }

    @Test
    void aSecretRegeneratedInTheConsoleFailsTheDiagnosis() {
        admin.put("/api/v1/wecom/connection", Api.json(sandbox.fullConnection()));
        assertThat(line(admin.get("/api/v1/wecom/diagnosis").json(), "30-secrets").get("result").get("status").asString()).isEqualTo("OK");
        sandbox.admin("PUT", "/apps/customer/secret", "{}");
        JsonNode secrets = line(admin.get("/api/v1/wecom/diagnosis").json(), "30-secrets");
        assertThat(secrets.get("result").get("status").asString()).isEqualTo("FAIL");
        assertThat(secrets.get("result").get("args").get(0).asString()).isEqualTo("wecom.secret.customer");
        assertThat(secrets.get("result").get("args").get(1).asInt()).isEqualTo(40001);
    }

    @Test
    void theDemoEnterpriseIsConnectedToTheSimulatorWithoutTypingAnything() {
        WecomConnectionDraft demo = demoConnection.demoDraft().orElseThrow();
        assertThat(demo.corpId()).isEqualTo(WecomSandboxSupport.CORP);
        fixtures.asRun(t.adminId(), () -> service.save(demo));
        assertThat(admin.post("/api/v1/wecom/connection/test", "{}").json()).allMatch(r -> r.get("ok").asBoolean());
    }

    static JsonNode line(JsonNode lines, String id) {
        for (JsonNode l : lines) if (l.get("id").asString().equals(id)) return l;
        throw new AssertionError("no check " + id + " in " + lines);
    }
}
