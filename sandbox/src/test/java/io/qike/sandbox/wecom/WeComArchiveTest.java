package io.qike.sandbox.wecom;

import io.qike.sandbox.wecom.core.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.security.KeyPair;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.qike.sandbox.wecom.ArchiveClient.decrypt;
import static io.qike.sandbox.wecom.ArchiveClient.getChatData;
import static io.qike.sandbox.wecom.ArchiveClient.getMediaData;
import static io.qike.sandbox.wecom.WeComSandbox.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeComArchiveTest {
    private static KeyPair v1;
    private static KeyPair v2;
    private String secret;

    @BeforeAll
    static void keys() {
        v1 = ArchiveClient.rsa();
        v2 = ArchiveClient.rsa();
    }

    @BeforeEach
    void reset() {
        WeComSandbox.reset();
        secret = WeComSandbox.secret("archive");
    }

    private void register(String pem, int expectedVersion) {
        assertThat(admin("POST", "/archive/public-keys", Map.of("public_key", pem)).path("publickey_ver").asInt()).isEqualTo(expectedVersion);
    }

    @Test
    void nothingIsArchivedBeforeAPublicKeyIsSet() {
        JsonNode r = getChatData(secret, 0, 100);
        assertThat(r.path("ret").asInt()).isZero();
        assertThat(r.path("errcode").asInt()).isZero();
        assertThat(r.path("chatdata")).isEmpty();
    }

    @Test
    void pullsEverythingInSeqOrderAndDecryptsWithTheMatchingKey() throws Exception {
        register(ArchiveClient.publicPem(v1), 1);
        long seq = 0;
        int total = 0;
        Set<String> types = new HashSet<>();
        while (true) {
            JsonNode items = getChatData(secret, seq, 1000).path("chatdata");
            if (items.isEmpty()) {
                break;
            }
            for (JsonNode item : items) {
                assertThat(item.path("seq").asLong()).isEqualTo(seq + 1);
                assertThat(item.path("publickey_ver").asInt()).isEqualTo(1);
                seq = item.path("seq").asLong();
                if (seq % 40 == 1) {
                    JsonNode plain = decrypt(item, v1);
                    assertThat(plain).isEqualTo(admin("GET", "/archive/messages/" + seq, null));
                    assertThat(plain.path("msgid").asString()).isEqualTo(item.path("msgid").asString());
                    types.add(plain.path("action").asString().equals("switch") ? "switch" : plain.path("msgtype").asString());
                }
            }
            total += items.size();
        }
        assertThat(total).isEqualTo(admin("GET", "/archive", null).path("messages").asInt()).isGreaterThanOrEqualTo(2000);
        assertThat(types).contains("text", "image");
        JsonNode again = getChatData(secret, 0, 1).path("chatdata").get(0);
        assertThat(again).isEqualTo(getChatData(secret, 0, 1).path("chatdata").get(0));
    }

    @Test
    void rotationKeepsOldMessagesOnTheirOldVersion() throws Exception {
        register(ArchiveClient.publicPem(v1), 1);
        JsonNode first = getChatData(secret, 0, 1).path("chatdata").get(0);
        register(ArchiveClient.publicPemPkcs1(v2), 2);
        long backlog = admin("GET", "/archive", null).path("messages").asLong();
        JsonNode added = admin("POST", "/archive/messages", Map.of("count", 3));
        assertThat(added.path("first_seq").asLong()).isEqualTo(backlog + 1);
        JsonNode fresh = getChatData(secret, backlog, 10).path("chatdata");
        assertThat(fresh).hasSize(3);
        fresh.forEach(i -> assertThat(i.path("publickey_ver").asInt()).isEqualTo(2));
        assertThat(decrypt(fresh.get(0), v2).path("msgtime").asLong()).isPositive();
        JsonNode stillOld = getChatData(secret, 0, 1).path("chatdata").get(0);
        assertThat(stillOld).isEqualTo(first);
        assertThat(decrypt(stillOld, v1).path("msgid").asString()).isEqualTo(first.path("msgid").asString());
        assertThatThrownBy(() -> decrypt(fresh.get(0), v1)).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> decrypt(stillOld, v2)).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> admin("POST", "/archive/public-keys", Map.of("public_key", ArchiveClient.publicPem(v1), "publickey_ver", 1)))
                .hasMessageContaining("400");
    }

    @Test
    void archiveErrors() {
        register(ArchiveClient.publicPem(v1), 1);
        assertThat(getChatData(secret, 0, 1001).path("ret").asInt()).isEqualTo(10000);
        JsonNode wrongSecret = getChatData(WeComSandbox.secret("app"), 0, 10);
        assertThat(wrongSecret.path("ret").asInt()).isZero();
        assertThat(wrongSecret.path("errcode").asInt()).isEqualTo(48002);
        assertThat(wrongSecret.has("chatdata")).isFalse();
        admin("PUT", "/archive/licence", Map.of("expired", true));
        assertThat(getChatData(secret, 0, 10).path("errcode").asInt()).isEqualTo(301052);
        admin("PUT", "/archive/licence", Map.of("expired", false));
        admin("PUT", "/archive/trusted-ips", Map.of("ips", List.of("58.250.204.197", "119.254.150.2")));
        assertThat(getChatData(secret, 0, 10).path("ret").asInt()).isEqualTo(10009);
    }

    @Test
    void mediaComesInChunksOfAtMost512KbWithTheAnnouncedMd5() throws Exception {
        register(ArchiveClient.publicPem(v1), 1);
        JsonNode file = null;
        for (long seq = 0; file == null; seq += 1000) {
            JsonNode items = getChatData(secret, seq, 1000).path("chatdata");
            assertThat(items).isNotEmpty();
            for (JsonNode item : items) {
                JsonNode plain = admin("GET", "/archive/messages/" + item.path("seq").asLong(), null);
                String type = plain.path("msgtype").asString();
                if ((type.equals("file") || type.equals("image")) && plain.path(type).path("filesize").asInt() > 600_000) {
                    file = decrypt(item, v1).path(type);
                    break;
                }
            }
        }
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        String indexbuf = "";
        int chunks = 0;
        while (true) {
            JsonNode r = getMediaData(secret, file.path("sdkfileid").asString(), indexbuf);
            assertThat(r.path("ret").asInt()).isZero();
            byte[] data = Base64.getDecoder().decode(r.path("data").asString());
            assertThat(data.length).isLessThanOrEqualTo(512 * 1024);
            whole.writeBytes(data);
            chunks++;
            if (r.path("is_finish").asInt() == 1) {
                break;
            }
            indexbuf = r.path("outindexbuf").asString();
            assertThat(indexbuf).startsWith("Range:bytes=");
        }
        assertThat(chunks).isGreaterThan(1);
        assertThat(whole.size()).isEqualTo(file.path("filesize").asInt());
        assertThat(Seeds.md5Hex(whole.toByteArray())).isEqualTo(file.path("md5sum").asString());
        assertThat(getMediaData(secret, "Zm9yZ2Vk", "").path("ret").asInt()).isEqualTo(10005);
        assertThat(getMediaData(secret, file.path("sdkfileid").asString(), "Range:bytes=7-9").path("ret").asInt()).isEqualTo(10000);
    }

    @Test
    void permitUserListNeedsTheArchiveSecret() throws Exception {
        List<String> ids = WeComSandbox.wx("archive").getMsgAuditService().getPermitUserList(null);
        assertThat(ids).hasSizeGreaterThan(20);
        admin("PUT", "/archive/licence", Map.of("expired", true));
        assertThatThrownBy(() -> WeComSandbox.wx("archive").getMsgAuditService().getPermitUserList(null))
                .hasMessageContaining("301052");
    }
}
