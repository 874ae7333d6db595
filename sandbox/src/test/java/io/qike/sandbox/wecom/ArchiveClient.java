package io.qike.sandbox.wecom;

import io.qike.sandbox.wecom.archive.ArchiveCipher;
import me.chanjar.weixin.cp.util.crypto.WxCpCryptUtil;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import tools.jackson.databind.JsonNode;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

import static io.qike.sandbox.wecom.WeComSandbox.CORP_ID;
import static io.qike.sandbox.wecom.WeComSandbox.JSON;

/** What the product's sandbox adapter for the Finance SDK does: pull, RSA-decrypt the key, stand-in decrypt. */
final class ArchiveClient {
    private ArchiveClient() {
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String publicPem(KeyPair k) {
        return pem("PUBLIC KEY", k.getPublic().getEncoded());
    }

    /** The PKCS#1 "RSA PUBLIC KEY" form some tools print, which the console accepts too. */
    static String publicPemPkcs1(KeyPair k) {
        try {
            return pem("RSA PUBLIC KEY", SubjectPublicKeyInfo.getInstance(k.getPublic().getEncoded()).parsePublicKey().getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String privatePemPkcs8(KeyPair k) {
        return pem("PRIVATE KEY", k.getPrivate().getEncoded());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    static JsonNode getChatData(String secret, long seq, int limit) {
        String body = "{\"corpid\":\"" + CORP_ID + "\",\"secret\":\"" + secret + "\",\"seq\":" + seq + ",\"limit\":" + limit
                + ",\"proxy\":\"\",\"passwd\":\"\",\"timeout\":5}";
        return WeComSandbox.api("POST", "/finance/GetChatData", body);
    }

    static JsonNode getMediaData(String secret, String sdkfileid, String indexbuf) {
        String body = JSON.writeValueAsString(java.util.Map.of("corpid", CORP_ID, "secret", secret,
                "sdkfileid", sdkfileid, "indexbuf", indexbuf, "timeout", 5));
        return WeComSandbox.api("POST", "/finance/GetMediaData", body);
    }

    /** RSA step with WxJava's own helper (PKCS#8 private key), then the documented stand-in cipher. */
    static JsonNode decrypt(JsonNode item, KeyPair key) throws Exception {
        String randomKey = WxCpCryptUtil.decryptPriKeyByPKCS8(item.path("encrypt_random_key").asString(), privatePemPkcs8(key));
        return JSON.readTree(ArchiveCipher.decryptChatMsg(randomKey, item.path("encrypt_chat_msg").asString()));
    }
}
