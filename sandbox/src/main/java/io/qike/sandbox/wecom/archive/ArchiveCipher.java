package io.qike.sandbox.wecom.archive;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The two encryption steps of an archived message.
 * <p>
 * Step 1 is the real one: {@code encrypt_random_key} = Base64(RSA/ECB/PKCS1Padding(publicKey[publickey_ver],
 * UTF-8 bytes of the random key)), exactly as Tencent documents it, so the product's RSA code is exercised.
 * <p>
 * Step 2 is a STAND-IN. The real {@code encrypt_chat_msg} is decrypted only by the Finance SDK's
 * {@code DecryptData}, whose algorithm is proprietary and ships only inside Tencent's native library
 * (no package registry has it). Here: {@code encrypt_chat_msg} = Base64(nonce[12] ‖ AES-256-GCM ciphertext ‖ tag[16]),
 * key = SHA-256(UTF-8 bytes of the decrypted random key), no associated data. A product adapter for the
 * sandbox implements {@link #decryptChatMsg}; the production adapter calls the native SDK instead.
 */
public final class ArchiveCipher {
    private ArchiveCipher() {
    }

    public static String encryptRandomKey(PublicKey key, String randomKey, SecureRandom padding) {
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(Cipher.ENCRYPT_MODE, key, padding);
            return Base64.getEncoder().encodeToString(rsa.doFinal(randomKey.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String encryptChatMsg(String randomKey, String plaintext, byte[] nonce) {
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, aesKey(randomKey), new GCMParameterSpec(128, nonce));
            byte[] sealed = aes.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stand-in for the SDK's DecryptData(randomKey, encrypt_chat_msg). */
    public static String decryptChatMsg(String randomKey, String encryptChatMsg) throws GeneralSecurityException {
        byte[] all = Base64.getDecoder().decode(encryptChatMsg);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.DECRYPT_MODE, aesKey(randomKey), new GCMParameterSpec(128, Arrays.copyOf(all, 12)));
        return new String(aes.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
    }

    private static SecretKeySpec aesKey(String randomKey) throws GeneralSecurityException {
        byte[] k = MessageDigest.getInstance("SHA-256").digest(randomKey.getBytes(StandardCharsets.UTF_8));
        return new SecretKeySpec(k, "AES");
    }
}
