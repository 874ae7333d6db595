package io.qike.crm.archive.source;

import io.qike.crm.archive.ArchiveCredentials;
import io.qike.crm.integration.http.OutboundClient;
import io.qike.crm.integration.http.OutboundRequest;
import io.qike.crm.integration.http.RawResponse;
import io.qike.crm.integration.http.SsrfGuard;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulator's HTTP stand-in for the Finance SDK (sandbox/WECOM.md, 会话存档) at the connection's base URL:
 * {@code POST {base}/finance/GetChatData} and {@code /GetMediaData}, through the product's outbound client (its
 * address rules included), and its documented AES-256-GCM stand-in for the proprietary DecryptData.
 */
@Component
@ConditionalOnProperty(name = "qike.wecom.archive.source", havingValue = "sandbox", matchIfMissing = true)
class SandboxArchiveSource implements ArchiveSource {
    private static final int MAX_ANSWER = 64 * 1024 * 1024;
    private final OutboundClient http;
    private final JsonMapper json;

    SandboxArchiveSource(SsrfGuard guard, JsonMapper json) {
        this.http = new OutboundClient(guard, 5_000, 120_000, 8);
        this.json = json;
    }

    @PreDestroy
    void close() {
        http.close();
    }

    @Override
    public ChatSlice chatData(ArchiveCredentials c, long seq, int limit) {
        Map<String, Object> body = init(c);
        body.put("seq", seq);
        body.put("limit", limit);
        body.put("timeout", 60);
        JsonNode answer;
        try {
            answer = call(c, "GetChatData", body);
        } catch (ArchiveSourceException e) {
            return ChatSlice.failed(e.reason(), e.getMessage());
        }
        int ret = answer.path("ret").asInt(-1);
        int errcode = answer.path("errcode").asInt(0);
        if (ret != 0 || errcode != 0) return ChatSlice.failed(ret, errcode, answer.path("errmsg").asString(answer.path("message").asString("")));
        List<ChatItem> items = new ArrayList<>();
        for (JsonNode i : answer.path("chatdata")) {
            items.add(new ChatItem(i.path("seq").asLong(), i.path("msgid").asString(), i.path("publickey_ver").asInt(),
                    i.path("encrypt_random_key").asString(), i.path("encrypt_chat_msg").asString()));
        }
        return ChatSlice.of(items);
    }

    /** Per thread: the pull decrypts on a few workers, each item with a fresh key (a digest resets after each use). */
    private static final ThreadLocal<MessageDigest> SHA256 = Ciphers.perThread(() -> MessageDigest.getInstance("SHA-256"));
    private static final ThreadLocal<Cipher> AES = Ciphers.perThread(() -> Cipher.getInstance("AES/GCM/NoPadding"));

    /** AES-256-GCM, key = SHA-256(random key), {@code encrypt_chat_msg} = Base64(nonce[12] ‖ ciphertext ‖ tag[16]). */
    @Override
    public String decryptData(String randomKey, String encryptChatMsg) {
        try {
            byte[] all = Base64.getDecoder().decode(encryptChatMsg);
            byte[] key = SHA256.get().digest(randomKey.getBytes(StandardCharsets.UTF_8));
            Cipher aes = AES.get();
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, all, 0, 12));
            return new String(aes.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new ArchiveSourceException("decrypt_failed", 10006, e.getClass().getSimpleName());
        }
    }

    @Override
    public MediaChunk mediaData(ArchiveCredentials c, String sdkFileId, String indexBuf) {
        Map<String, Object> body = init(c);
        body.put("sdkfileid", sdkFileId);
        body.put("indexbuf", indexBuf == null ? "" : indexBuf);
        body.put("timeout", 60);
        JsonNode answer = call(c, "GetMediaData", body);
        int ret = answer.path("ret").asInt(-1);
        if (ret != 0) {
            ChatSlice f = ChatSlice.failed(ret, answer.path("errcode").asInt(0), answer.path("message").asString(""));
            throw new ArchiveSourceException(f.reason(), ret, "GetMediaData ret " + ret + " errcode " + f.errcode());
        }
        return new MediaChunk(answer.path("outindexbuf").asString(""), Base64.getDecoder().decode(answer.path("data").asString("")),
                answer.path("is_finish").asInt(0) == 1);
    }

    private static Map<String, Object> init(ArchiveCredentials c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("corpid", c.corpId());
        body.put("secret", c.secret());
        body.put("proxy", "");
        body.put("passwd", "");
        return body;
    }

    private JsonNode call(ArchiveCredentials c, String function, Map<String, Object> body) {
        URI url = URI.create(c.baseUrl() + "/finance/" + function);
        RawResponse r;
        try {
            r = http.send(new OutboundRequest("POST", url, List.of(), json.writeValueAsString(body), "application/json"), MAX_ANSWER);
        } catch (IOException | RuntimeException e) {
            throw new ArchiveSourceException(ChatSlice.UNREACHABLE, 10001, e.getClass().getSimpleName());
        }
        if (r.status() != 200) throw new ArchiveSourceException(ChatSlice.SOURCE_FAILED, 10001, "HTTP " + r.status());
        try {
            return json.readTree(r.body());
        } catch (RuntimeException e) {
            throw new ArchiveSourceException(ChatSlice.SOURCE_FAILED, 10002, "not JSON");
        }
    }
}
