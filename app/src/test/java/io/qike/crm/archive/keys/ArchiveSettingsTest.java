package io.qike.crm.archive.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.archive.ArchiveCredentials;
import io.qike.crm.archive.ArchiveKeyRing;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.crm.wecom.WecomSandboxSupport;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import io.qike.crm.archive.ArchiveKeyVersionSet;
import tools.jackson.databind.JsonNode;

/** 会话留存 configuration over the API: write-only secrets, trusted IPs, key pairs and their versions, the demo's key. */
@IntegrationTest
@RecordApplicationEvents
class ArchiveSettingsTest {
    static final String SECRET = "ArchiveSecretAbcdefghijklmnopqrstuvwxyz12345";
    static final String APP_SECRET = "AppSecretZyxwvutsrqponmlkjihgfedcba987654321";
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired ArchiveKeyRing keyRing;
    @Autowired ArchiveDemo demo;
    @Autowired ArchiveSettingsService service;
    @Autowired ApplicationEvents events;
    TestTenant t;
    Api admin;
    WecomSandboxSupport sandbox;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        sandbox = new WecomSandboxSupport(port);
        sandbox.reset();
    }

    @AfterEach
    void tearDown() {
        admin.delete("/api/v1/wecom/connection");
        sandbox.reset();
    }

    @Test
    void secretsAreWriteOnlyMaskedAndFieldsLeftOutKeepTheirValue() {
        Api.Response put = admin.put("/api/v1/wecom/archive/settings", Api.json(Map.of("secret", SECRET, "appSecret", APP_SECRET,
                "trustedIps", List.of("203.0.113.5", "10.0.0.0/8", "2001:db8::/32"))));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.body()).doesNotContain(SECRET).doesNotContain(APP_SECRET);

        Api.Response kept = admin.put("/api/v1/wecom/archive/settings", "{\"trustedIps\": [\"127.0.0.1\"]}");
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        Api.Response got = admin.get("/api/v1/wecom/archive/settings");
        assertThat(got.body()).doesNotContain(SECRET).doesNotContain(APP_SECRET);
        JsonNode view = got.json();
        assertThat(view.get("secretHint").asString()).isEqualTo("••••" + SECRET.substring(SECRET.length() - 4));
        assertThat(view.get("appSecretHint").asString()).isEqualTo("••••" + APP_SECRET.substring(APP_SECRET.length() - 4));
        assertThat(view.get("trustedIps").get(0).asString()).isEqualTo("127.0.0.1");
        assertThat(view.has("suggestedTrustedIp")).isTrue();

        assertThat(admin.put("/api/v1/wecom/archive/settings", "{\"secret\": \"" + SECRET + "X\"}").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/wecom/archive/settings").json().get("trustedIps").get(0).asString()).isEqualTo("127.0.0.1");

        // The puller gets the opened secrets with the corp and base URL of the WeCom connection.
        assertThat(TenantContext.callAs(t.tenantId(), keyRing::credentials)).isEmpty();
        admin.put("/api/v1/wecom/connection", Api.json(sandbox.fullConnection()));
        ArchiveCredentials c = TenantContext.callAs(t.tenantId(), keyRing::credentials).orElseThrow();
        assertThat(c.secret()).isEqualTo(SECRET + "X");
        assertThat(c.appSecret()).isEqualTo(APP_SECRET);
        assertThat(c.corpId()).isEqualTo(WecomSandboxSupport.CORP);
        assertThat(c.baseUrl()).isEqualTo(sandbox.baseUrl());
        assertThat(c.tenantId()).isEqualTo(t.tenantId());
    }

    @Test
    void wrongTrustedIpsAreFieldErrorsInEitherLanguage() {
        String body = Api.json(Map.of("trustedIps", List.of("1.2.3.4", "300.1.1.1", "example.com", "10.0.0.0/33")));
        Api.Response zh = admin.language("zh-CN").put("/api/v1/wecom/archive/settings", body);
        assertThat(zh.status()).as(zh.body()).isEqualTo(400);
        JsonNode errors = zh.json().get("errors");
        assertThat(errors).hasSize(3).allMatch(e -> e.get("field").asString().equals("trustedIps") && e.get("code").asString().equals("ip_address"));
        assertThat(errors.get(0).get("message").asString()).isEqualTo("不是有效的 IP 地址或网段：300.1.1.1");
        Api.Response en = admin.language("en").put("/api/v1/wecom/archive/settings", body);
        assertThat(en.json().get("errors").get(1).get("message").asString()).isEqualTo("Not a valid IP address or range: example.com");
        assertThat(admin.get("/api/v1/wecom/archive/settings").json().get("trustedIps")).isEmpty();
    }

    @Test
    void aGeneratedPairDecryptsWithItsVersionAndRegeneratingKeepsTheOldOne() throws Exception {
        Api.Response created = admin.post("/api/v1/wecom/archive/keys", "{}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long first = created.json().get("id").asLong();
        String pem = created.json().get("publicKey").asString();
        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----");
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        assertThat(key.getModulus().bitLength()).isEqualTo(2048);
        byte[] sealed = encrypt(key, "random-key-of-a-message");

        assertThat(TenantContext.callAs(t.tenantId(), () -> keyRing.privateKey(5))).isEmpty();
        assertThat(admin.put("/api/v1/wecom/archive/keys/" + first, "{\"version\": 5}").status()).isEqualTo(200);
        assertThat(decrypt(5, sealed)).isEqualTo("random-key-of-a-message");

        Api.Response again = admin.post("/api/v1/wecom/archive/keys", "{}");
        long second = again.json().get("id").asLong();
        Api.Response duplicate = admin.put("/api/v1/wecom/archive/keys/" + second, "{\"version\": 5}");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("errors").get(0).get("code").asString()).isEqualTo("archive_version_taken");
        assertThat(admin.put("/api/v1/wecom/archive/keys/" + second, "{\"version\": 0}").status()).isEqualTo(400);
        assertThat(admin.put("/api/v1/wecom/archive/keys/" + second, "{\"version\": 6}").status()).isEqualTo(200);
        assertThat(decrypt(5, sealed)).as("the older pair still decrypts").isEqualTo("random-key-of-a-message");

        Api.Response list = admin.get("/api/v1/wecom/archive/keys");
        assertThat(list.body()).doesNotContain("PRIVATE").doesNotContain("privateKey");
        JsonNode keys = list.json();
        assertThat(keys).hasSize(2);
        assertThat(keys.get(0).get("id").asLong()).isEqualTo(second);
        assertThat(keys.get(1).get("version").asInt()).isEqualTo(5);
        assertThat(keys.get(1).get("fingerprint").asString())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der)));
        assertThat(keys.get(1).has("createdAt")).isTrue();
        assertThat(keys.get(1).get("decrypted").asLong()).isZero();
    }

    @Test
    void aVersionMayBeCorrectedOnlyUntilAMessageWasDecryptedWithIt() {
        long id = admin.post("/api/v1/wecom/archive/keys", "{}").json().get("id").asLong();
        assertThat(admin.put("/api/v1/wecom/archive/keys/" + id, "{\"version\": 3}").status()).isEqualTo(200);
        assertThat(admin.put("/api/v1/wecom/archive/keys/" + id, "{\"version\": 4}").status()).isEqualTo(200);
        // Giving a pair its version tells the puller (parked messages of that version can now be decrypted).
        long other = admin.post("/api/v1/wecom/archive/keys", "{}").json().get("id").asLong();
        fixtures.asRun(t.adminId(), () -> service.setVersion(other, 11));
        assertThat(events.stream(ArchiveKeyVersionSet.class)).containsExactly(new ArchiveKeyVersionSet(t.tenantId(), 11));
        TenantContext.runAs(t.tenantId(), () -> keyRing.countDecrypted(4, 2));
        assertThat(admin.get("/api/v1/wecom/archive/keys").json().get(1).get("decrypted").asLong()).isEqualTo(2);
        Api.Response refused = admin.put("/api/v1/wecom/archive/keys/" + id, "{\"version\": 9}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("code").asString()).isEqualTo("archive_version_in_use");
        assertThat(admin.put("/api/v1/wecom/archive/keys/999999999", "{\"version\": 9}").status()).isEqualTo(404);
    }

    @Test
    void aSalesRepCannotSeeOrChangeTheArchiveConfiguration() {
        Api rep = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD);
        assertThat(rep.get("/api/v1/wecom/archive/settings").status()).isEqualTo(403);
        assertThat(rep.put("/api/v1/wecom/archive/settings", "{\"secret\": \"x\"}").status()).isEqualTo(403);
        assertThat(rep.post("/api/v1/wecom/archive/keys", "{}").status()).isEqualTo(403);
        assertThat(rep.get("/api/v1/wecom/archive/keys").status()).isEqualTo(403);
        assertThat(rep.put("/api/v1/wecom/archive/keys/1", "{\"version\": 1}").status()).isEqualTo(403);
    }

    @Test
    void theDemoEnterprisesKeyIsRegisteredInTheSimulatorAndDecryptsTheBacklog() throws Exception {
        int version = fixtures.as(t.adminId(), () -> demo.configure()).orElseThrow();
        JsonNode keys = admin.get("/api/v1/wecom/archive/keys").json();
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).get("version").asInt()).isEqualTo(version);
        JsonNode registered = sandbox.admin("GET", "/archive", null).json().get("public_keys");
        String pem = fixtures.as(t.adminId(), () -> service.newestPublicKey().orElseThrow().publicKey());
        assertThat(fixtures.as(t.adminId(), () -> demo.configure())).as("configured once").isEmpty();
        assertThat(registered).anyMatch(k -> k.get("publickey_ver").asInt() == version && k.get("public_key").asString().equals(pem.trim()));
        assertThat(admin.get("/api/v1/wecom/archive/settings").json().get("secretHint").asString())
                .endsWith(sandbox.secret("archive").substring(39));

        // The simulator's backlog is archived under the first key registered: the demo's private key opens it.
        Api.Response chat = new Api(port).post("/sandbox/wecom/finance/GetChatData", Api.json(Map.of("corpid", WecomSandboxSupport.CORP,
                "secret", sandbox.secret("archive"), "seq", 0, "limit", 3, "proxy", "", "passwd", "", "timeout", 5)));
        JsonNode items = chat.json().get("chatdata");
        assertThat(items).as(chat.body()).hasSize(3);
        for (JsonNode item : items) {
            assertThat(item.get("publickey_ver").asInt()).isEqualTo(version);
            PrivateKey key = TenantContext.callAs(t.tenantId(), () -> keyRing.privateKey(version)).orElseThrow();
            Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(Cipher.DECRYPT_MODE, key);
            assertThat(rsa.doFinal(Base64.getDecoder().decode(item.get("encrypt_random_key").asString()))).isNotEmpty();
        }

        // The simulator forgets its console on a restart; the enterprise connected to its corp registers its keys again.
        admin.put("/api/v1/wecom/connection", Api.json(sandbox.fullConnection()));
        sandbox.reset();
        assertThat(sandbox.admin("GET", "/archive", null).json().get("public_keys")).isEmpty();
        demo.onReady();
        assertThat(sandbox.admin("GET", "/archive", null).json().get("public_keys"))
                .singleElement().satisfies(k -> assertThat(k.get("publickey_ver").asInt()).isEqualTo(version));
    }

    private String decrypt(int version, byte[] sealed) throws Exception {
        PrivateKey key = TenantContext.callAs(t.tenantId(), () -> keyRing.privateKey(version)).orElseThrow();
        Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        rsa.init(Cipher.DECRYPT_MODE, key);
        return new String(rsa.doFinal(sealed), StandardCharsets.UTF_8);
    }

    private static byte[] encrypt(RSAPublicKey key, String text) throws Exception {
        Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        rsa.init(Cipher.ENCRYPT_MODE, key);
        return rsa.doFinal(text.getBytes(StandardCharsets.UTF_8));
    }
}
