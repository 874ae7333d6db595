package io.qike.sandbox.wecom;

import io.qike.sandbox.wecom.archive.ArchiveCipher;
import io.qike.sandbox.wecom.callback.MsgCrypt;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.junit.jupiter.api.Test;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The simulator's own crypto against WxJava's independent implementation. */
class WeComMsgCryptTest {
    private static final String KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

    @Test
    void ourCiphertextOpensWithWxJavaAndIsPaddedTo32Bytes() throws GeneralSecurityException {
        MsgCrypt ours = new MsgCrypt("QDG6eK", KEY, "wx5823bf96d3bd56c7");
        WxCryptUtil theirs = new WxCryptUtil("QDG6eK", KEY, "wx5823bf96d3bd56c7");
        for (String msg : new String[]{"", "a", "<xml><Content><![CDATA[你好，企业微信]]></Content></xml>", "x".repeat(1000)}) {
            String enc = ours.encrypt(msg);
            assertThat(Base64.getDecoder().decode(enc).length % 32).isZero();
            assertThat(theirs.decrypt(enc)).isEqualTo(msg);
        }
        assertThat(ours.signature("1409659813", "1372623149", "abc")).isEqualTo(SHA1.gen("QDG6eK", "1409659813", "1372623149", "abc"));
        assertThat(plainWithPadding(ours.encrypt("m"))).endsWith("mwx5823bf96d3bd56c7");
        assertThatThrownBy(() -> new MsgCrypt("t", "short", "c")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Decrypts by hand and strips the PKCS#7 padding: what is left must end with message + receiveid. */
    private static String plainWithPadding(String enc) throws GeneralSecurityException {
        byte[] key = Base64.getDecoder().decode(KEY + "=");
        Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
        byte[] plain = aes.doFinal(Base64.getDecoder().decode(enc));
        int pad = plain[plain.length - 1];
        assertThat(pad).isBetween(1, 32);
        return new String(plain, 20, plain.length - 20 - pad, StandardCharsets.UTF_8);
    }

    @Test
    void standInArchiveCipherRoundTripsAndDetectsTampering() throws GeneralSecurityException {
        String sealed = ArchiveCipher.encryptChatMsg("K3yK3yK3y", "{\"msgtype\":\"text\"}", new byte[12]);
        assertThat(ArchiveCipher.decryptChatMsg("K3yK3yK3y", sealed)).isEqualTo("{\"msgtype\":\"text\"}");
        assertThatThrownBy(() -> ArchiveCipher.decryptChatMsg("OtherKey", sealed)).isInstanceOf(GeneralSecurityException.class);
    }
}
