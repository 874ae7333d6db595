package io.qike.crm.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.crm.wecom.callback.WecomMsgCrypt;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** 接收事件服务器: verified by the simulator's console, events stored and handled, forgeries and replays refused. */
@IntegrationTest
@Import(WecomCallbackTest.Handlers.class)
class WecomCallbackTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired Handlers handlers;
    TestTenant t;
    Api admin;
    WecomSandboxSupport sandbox;
    final HttpClient http = HttpClient.newHttpClient();

    /** A handler as another part of Qike would plug in, and a listener of the archive's event. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Handlers {
        final List<WecomEvent> handled = new CopyOnWriteArrayList<>();
        final List<WecomArchiveNotified> archive = new CopyOnWriteArrayList<>();

        @Bean
        WecomEventHandler testContactHandler() {
            return new WecomEventHandler() {
                @Override
                public String event() {
                    return "change_contact";
                }

                @Override
                public void handle(WecomEvent event) {
                    handled.add(event);
                }
            };
        }

        @EventListener
        void on(WecomArchiveNotified e) {
            archive.add(e);
        }
    }

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        sandbox = new WecomSandboxSupport(port);
        assertThat(admin.put("/api/v1/wecom/connection", Api.json(sandbox.fullConnection())).status()).isEqualTo(200);
    }

    @AfterEach
    void tearDown() {
        admin.delete("/api/v1/wecom/connection");
        sandbox.reset();
    }

    String callbackUrl() {
        return "http://localhost:" + port + "/wecom/callback/" + WecomSandboxSupport.CORP;
    }

    Api.Response saveCallback(String app) {
        return sandbox.admin("PUT", "/apps/" + app + "/callback", Api.json(java.util.Map.of("url", callbackUrl(),
                "token", WecomSandboxSupport.TOKEN, "encoding_aes_key", WecomSandboxSupport.AES_KEY)));
    }

    @Test
    void theConsoleVerifiesTheUrlAndAnEventIsStoredAndHandled() {
        Api.Response saved = saveCallback("contacts");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(admin.get("/api/v1/wecom/connection").json().path("callbackVerifiedAt").isString()).isTrue();

        JsonNode delivery = sandbox.admin("POST", "/callbacks/contacts/events",
                "{\"event\":\"change_contact\",\"change_type\":\"update_user\",\"fields\":{\"UserID\":\"ZhangWei\"}}").json();
        assertThat(delivery.get("delivered").asBoolean()).isTrue();
        assertThat(delivery.get("attempts").get(0).get("body").asString()).isEqualTo("success");
        await().atMost(Duration.ofSeconds(20)).until(() -> handled("ZhangWei"));
        WecomEvent e = handlers.handled.stream().filter(x -> "ZhangWei".equals(x.fields().get("UserID"))).findFirst().orElseThrow();
        assertThat(e.tenantId()).isEqualTo(t.tenantId());
        assertThat(e.changeType()).isEqualTo("update_user");
        await().atMost(Duration.ofSeconds(20)).until(() -> TenantContext.callAs(t.tenantId(), () -> jdbc.sql(
                "select count(*) from wecom_callback_event where processed_at is not null").query(Integer.class).single()) == 1);

        JsonNode callback = line(admin.get("/api/v1/wecom/diagnosis").json(), "40-callback");
        assertThat(callback.get("result").get("status").asString()).isEqualTo("OK");
    }

    @Test
    void anArchiveNotificationReachesTheArchive() {
        assertThat(saveCallback("archive").status()).isEqualTo(200);
        sandbox.admin("POST", "/callbacks/archive/events", "{\"event\":\"msgaudit_notify\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> handlers.archive.stream().anyMatch(a -> a.tenantId() == t.tenantId()));
    }

    @Test
    void withoutAVerifiedCallbackTheDiagnosisSaysSo() {
        JsonNode callback = line(admin.get("/api/v1/wecom/diagnosis").json(), "40-callback");
        assertThat(callback.get("result").get("status").asString()).isEqualTo("FAIL");
        assertThat(callback.get("result").get("messageKey").asString()).isEqualTo("wecom.check.callback.notVerified");
    }

    @Test
    void forgedStaleReplayedAndMisaddressedEventsAreRefused() throws Exception {
        WecomMsgCrypt ours = new WecomMsgCrypt(WecomSandboxSupport.TOKEN, WecomSandboxSupport.AES_KEY, WecomSandboxSupport.CORP);
        String now = Long.toString(System.currentTimeMillis() / 1000);
        String xml = "<xml><ToUserName><![CDATA[wwqikedemo0000001]]></ToUserName><Event><![CDATA[change_contact]]></Event>"
                + "<ChangeType>update_user</ChangeType><UserID>LiNa</UserID></xml>";
        String enc = ours.seal(xml);

        assertThat(post(ours.signature(now, "111", enc).replace('a', 'b').replace('0', '1'), now, "111", enc)).isEqualTo(403);

        String stale = Long.toString(System.currentTimeMillis() / 1000 - 3600);
        assertThat(post(ours.signature(stale, "222", enc), stale, "222", enc)).isEqualTo(403);

        String foreign = new WecomMsgCrypt(WecomSandboxSupport.TOKEN, WecomSandboxSupport.AES_KEY, "wwforeigncorp0002").seal(xml);
        assertThat(post(ours.signature(now, "333", foreign), now, "333", foreign)).isEqualTo(403);

        assertThat(post(ours.signature(now, "444", enc), now, "444", enc)).isEqualTo(200);
        assertThat(post(ours.signature(now, "444", enc), now, "444", enc)).isEqualTo(403);

        assertThat(TenantContext.callAs(t.tenantId(), () -> jdbc.sql("select count(*) from wecom_callback_event")
                .query(Integer.class).single())).isEqualTo(1);
    }

    @Test
    void anUnknownCorpIsNotFound() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/wecom/callback/wwunknown000001?msg_signature=a&timestamp=1&nonce=2&echostr=x")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(404);
    }

    @Test
    void theConsoleDoesNotSaveACallbackWithAnotherKey() {
        Api.Response r = sandbox.admin("PUT", "/apps/contacts/callback", Api.json(java.util.Map.of("url", callbackUrl(),
                "token", WecomSandboxSupport.TOKEN, "encoding_aes_key", "Z".repeat(43))));
        assertThat(r.status()).isEqualTo(422);
        assertThat(admin.get("/api/v1/wecom/connection").json().path("callbackVerifiedAt").isMissingNode()).isTrue();
    }

    boolean handled(String userid) {
        return handlers.handled.stream().anyMatch(e -> userid.equals(e.fields().get("UserID")) && e.tenantId() == t.tenantId());
    }

    int post(String signature, String timestamp, String nonce, String encrypted) throws Exception {
        String body = "<xml><ToUserName><![CDATA[" + WecomSandboxSupport.CORP + "]]></ToUserName><AgentID>1000005</AgentID>"
                + "<Encrypt><![CDATA[" + encrypted + "]]></Encrypt></xml>";
        String url = callbackUrl() + "?msg_signature=" + signature + "&timestamp=" + timestamp + "&nonce="
                + URLEncoder.encode(nonce, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    static JsonNode line(JsonNode lines, String id) {
        return WecomConnectionTest.line(lines, id);
    }
}
