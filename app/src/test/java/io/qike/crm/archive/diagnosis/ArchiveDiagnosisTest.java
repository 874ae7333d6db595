package io.qike.crm.archive.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.qike.crm.archive.ArchiveSetup;
import io.qike.crm.archive.NativeFinanceSdk;
import io.qike.crm.archive.pull.ArchivePuller;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.crm.wecom.WecomSandboxSupport;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** 获取不到聊天记录？ — the archive's questions in the self-diagnosis, each failing for its cause in the simulator and passing once it is gone. */
@IntegrationTest
class ArchiveDiagnosisTest {
    static final List<String> ARCHIVE_CHECKS = List.of("80-archive-secret", "81-archive-keys", "82-archive-app-secret", "83-archive-ip",
            "84-archive-callable", "85-archive-licence", "86-archive-sdk", "87-archive-newest");
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired ArchivePuller puller;
    @Autowired MockMvc mvc;
    TestTenant t;
    Api admin;
    WecomSandboxSupport sandbox;
    ArchiveSetup archive;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        sandbox = new WecomSandboxSupport(port);
        sandbox.reset();
        archive = new ArchiveSetup(admin, sandbox);
        assertThat(admin.put("/api/v1/wecom/connection", Api.json(sandbox.fullConnection())).status()).isEqualTo(200);
    }

    @AfterEach
    void tearDown() {
        admin.delete("/api/v1/wecom/connection");
        sandbox.reset();
    }

    JsonNode check(String id) {
        Api.Response r = admin.get("/api/v1/wecom/diagnosis");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode l : r.json()) {
            if (l.get("id").asString().equals(id)) return l.get("result");
        }
        throw new AssertionError("no check " + id + " in " + r.body());
    }

    void assertFails(String id, String messageKey, Object firstArg) {
        JsonNode r = check(id);
        assertThat(r.get("status").asString()).as(r.toString()).isEqualTo("FAIL");
        assertThat(r.get("messageKey").asString()).isEqualTo(messageKey);
        assertThat(r.get("actionKey").isNull()).isFalse();
        if (firstArg != null) assertThat(r.get("args").get(0).asString()).isEqualTo(String.valueOf(firstArg));
    }

    void assertOk(String id) {
        JsonNode r = check(id);
        assertThat(r.get("status").asString()).as(r.toString()).isEqualTo("OK");
    }

    String page(String path, Locale locale) throws Exception {
        return mvc.perform(get(path).locale(locale).with(user(fixtures.user(t.adminId())))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    void pull() {
        assertThat(puller.pull(t.tenantId(), null).outcome()).isEqualTo("ok");
    }

    @Test
    void anArchiveNotSetUpSaysWhatToDoAndASetUpOnePassesEveryCheck() {
        JsonNode secret = check("80-archive-secret");
        assertThat(secret.get("status").asString()).isEqualTo("WARN");
        assertThat(secret.get("messageKey").asString()).isEqualTo("archive.check.secret.missing");
        assertFails("81-archive-keys", "archive.check.keys.none", null);
        assertThat(check("83-archive-ip").get("messageKey").asString()).isEqualTo("archive.check.notConfigured");

        archive.addKey();
        JsonNode never = check("87-archive-newest");
        assertThat(never.get("status").asString()).isEqualTo("WARN");
        assertThat(never.get("messageKey").asString()).isEqualTo("archive.check.newest.neverPulled");
        pull();
        // The generated backlog lies months back: nothing new for longer than the quiet time.
        JsonNode quiet = check("87-archive-newest");
        assertThat(quiet.get("status").asString()).isEqualTo("WARN");
        assertThat(quiet.get("messageKey").asString()).isEqualTo("archive.check.newest.quiet");
        assertThat(quiet.get("args").get(1).asInt()).isEqualTo(72);

        sandbox.admin("POST", "/archive/messages", "{\"count\":3}");
        pull();
        for (String id : ARCHIVE_CHECKS) assertOk(id);
        // Nothing the checks asked was stored, and the cursor stayed where the puller left it.
        long seq = admin.get("/api/v1/wecom/archive/status").json().get("lastSeq").asLong();
        assertThat(admin.get("/api/v1/wecom/archive/status").json().get("messagesStored").asLong()).isEqualTo(seq);
    }

    @Test
    void aWrongArchiveSecretIsNamedByWhatWecomAnswers() {
        archive.addKey();
        archive.useSecret("x".repeat(43));
        assertFails("80-archive-secret", "archive.check.secret.invalid", 40001);
        archive.useSecret(sandbox.secret("app"));
        assertFails("80-archive-secret", "archive.check.secret.otherApp", 48002);
        assertThat(admin.language("en").get("/api/v1/wecom/diagnosis").body()).contains("archive.check.secret.otherApp");
        archive.useSecret(sandbox.secret("archive"));
        assertOk("80-archive-secret");
    }

    @Test
    void keysMissingAwaitingUnknownOrNotMatchingWeComsAreEachNamed() {
        archive.settings();
        assertFails("81-archive-keys", "archive.check.keys.none", null);

        // The admin gave version 1 to a pair whose public key WeCom never got: the backlog does not decrypt.
        ArchiveSetup.PendingKey registered = archive.addKeyAwaitingVersion();
        assertThat(registered.version()).isEqualTo(1);
        long other = archive.addUnregisteredKey();
        JsonNode awaiting = check("81-archive-keys");
        assertThat(awaiting.get("status").asString()).isEqualTo("WARN");
        assertThat(awaiting.get("messageKey").asString()).isEqualTo("archive.check.keys.awaiting");
        assertThat(archive.setVersion(other, 1).status()).isEqualTo(200);
        pull();
        int size = sandbox.admin("GET", "/archive", null).json().get("messages").asInt();
        JsonNode wrong = check("81-archive-keys");
        assertFails("81-archive-keys", "archive.check.keys.wrongPair", 1);
        assertThat(wrong.get("args").get(1).asInt()).isEqualTo(size);

        // Corrected: the version goes to the pair WeCom has; the parked messages decrypt.
        assertThat(archive.setVersion(other, 99).status()).isEqualTo(200);
        assertThat(archive.setVersion(registered.id(), 1).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(120)).until(() -> check("81-archive-keys").get("status").asString().equals("OK"));

        // A new public key registered in WeCom whose version Qike does not have: its messages wait for it.
        ArchiveSetup.PendingKey next = archive.addKeyAwaitingVersion();
        sandbox.admin("POST", "/archive/messages", "{\"count\":4}");
        pull();
        JsonNode unknown = check("81-archive-keys");
        assertFails("81-archive-keys", "archive.check.keys.unknownVersion", next.version());
        assertThat(unknown.get("args").get(1).asInt()).isEqualTo(4);
        assertThat(archive.setVersion(next.id(), next.version()).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> check("81-archive-keys").get("status").asString().equals("OK"));
    }

    @Test
    void theSelfBuiltAppSecretIsTriedAsTheConnectionTestDoes() {
        archive.addKey();
        assertOk("82-archive-app-secret");
        archive.useAppSecret("y".repeat(43));
        assertFails("82-archive-app-secret", "archive.check.appSecret.failed", 40001);
        archive.useAppSecret(sandbox.secret("archive"));
        assertFails("82-archive-app-secret", "archive.check.appSecret.failed", 48002);
        archive.useAppSecret(sandbox.secret("app"));
        assertOk("82-archive-app-secret");
    }

    @Test
    void untrustedAddressesOfTheArchiveAndOfTheAppAreNamed() {
        archive.addKey();
        JsonNode trusted = sandbox.admin("GET", "/archive", null).json().get("trusted_ips");
        sandbox.admin("PUT", "/archive/trusted-ips", "{\"ips\":[\"203.0.113.7\"]}");
        assertFails("83-archive-ip", "archive.check.ip.archive", 10009);
        assertThat(check("80-archive-secret").get("messageKey").asString()).isEqualTo("archive.check.unchecked");
        sandbox.admin("PUT", "/archive/trusted-ips", "{\"ips\":" + trusted + "}");
        assertOk("83-archive-ip");

        sandbox.admin("PUT", "/apps/app/ip-allowlist", "{\"ips\": [\"10.0.0.0/8\"]}");
        assertFails("83-archive-ip", "archive.check.ip.app", "127.0.0.1");
        sandbox.admin("PUT", "/apps/app/ip-allowlist", "{\"ips\": [\"127.0.0.0/8\", \"::1\"]}");
        assertOk("83-archive-ip");
    }

    @Test
    void theAppMissingFromCallableAppsIsFoundAsWecomRefusesIt() {
        archive.addKey();
        assertOk("84-archive-callable");
        sandbox.admin("PUT", "/apps/app/external-contact-access", "{\"enabled\": false}");
        assertFails("84-archive-callable", "archive.check.callable.missing", 48002);
        sandbox.admin("PUT", "/apps/app/external-contact-access", "{\"enabled\": true}");
        assertOk("84-archive-callable");
    }

    @Test
    void anExpiredLicenceIsNamedAndTheLastPullsOutcomeShown() throws Exception {
        archive.addKey();
        sandbox.admin("PUT", "/archive/licence", "{\"expired\":true}");
        assertFails("85-archive-licence", "archive.check.licence.expired", 301052);
        assertThat(puller.pull(t.tenantId(), null).outcome()).isEqualTo("licence_expired");
        JsonNode last = check("87-archive-newest");
        assertThat(last.get("status").asString()).isEqualTo("FAIL");
        assertThat(last.get("args").get(0).asString()).contains("301052");
        String page = page("/admin/wecom/diagnosis", Locale.SIMPLIFIED_CHINESE);
        assertThat(page).contains("check-85-archive-licence").contains("会话内容存档服务已过期（错误码 301052）");

        sandbox.admin("PUT", "/archive/licence", "{\"expired\":false}");
        assertOk("85-archive-licence");
        pull();
        assertThat(check("87-archive-newest").get("status").asString()).isNotEqualTo("FAIL");
    }

    @Test
    void theNativeSdkMissingFailsOnlyWhenTheProductionSourceIsConfigured() throws Exception {
        assertOk("86-archive-sdk");
        String path = NativeFinanceSdk.expectedPath();
        String source = NativeFinanceSdk.nativeSourceConfigured() ? "native" : "sandbox";
        Constructor<NativeFinanceSdk> sdk = NativeFinanceSdk.class.getDeclaredConstructor(String.class, String.class);
        sdk.setAccessible(true);
        try {
            sdk.newInstance("/nonexistent/wework/" + NativeFinanceSdk.LIBRARY, "native");
            assertFails("86-archive-sdk", "archive.sdk.missing", "/nonexistent/wework/" + NativeFinanceSdk.LIBRARY);
        } finally {
            sdk.newInstance(path, source);
        }
        assertOk("86-archive-sdk");
    }

    @Test
    void theArchiveTabLinksToTheDiagnosis() throws Exception {
        String tab = page("/admin/wecom/archive", Locale.SIMPLIFIED_CHINESE);
        assertThat(tab).contains("获取不到聊天记录？").contains("公钥、公钥版本、Secret、自建应用 Secret、可信 IP 地址是否一致")
                .contains("href=\"/admin/wecom/diagnosis#check-80-archive-secret\"");
        assertThat(page("/admin/wecom/archive", Locale.ENGLISH)).contains("No chat records?");
    }
}
