package io.qike.sandbox.wecom.callback;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The WXBizMsgCrypt scheme of WeCom callbacks, written from Tencent's description:
 * AES key = Base64Decode(EncodingAESKey + "="), IV = first 16 key bytes, AES-256-CBC without JCE padding,
 * plaintext = 16 random bytes ‖ 4-byte big-endian length ‖ message ‖ receiveid, padded PKCS#7-style to a
 * multiple of 32 (pad bytes up to 32, which is why the JCE's PKCS5 padding cannot be used), then Base64.
 * msg_signature = hex SHA-1 of token, timestamp, nonce and the ciphertext sorted and concatenated.
 */
public final class MsgCrypt {
    private static final int BLOCK = 32;
    private final String token;
    private final byte[] key;
    private final String receiveId;
    private final SecureRandom random = new SecureRandom();

    public MsgCrypt(String token, String encodingAesKey, String receiveId) {
        if (encodingAesKey == null || encodingAesKey.length() != 43) {
            throw new IllegalArgumentException("EncodingAESKey must be 43 characters");
        }
        this.token = token;
        this.key = Base64.getDecoder().decode(encodingAesKey + "=");
        this.receiveId = receiveId;
    }

    public String encrypt(String message) {
        byte[] msg = message.getBytes(StandardCharsets.UTF_8);
        byte[] id = receiveId.getBytes(StandardCharsets.UTF_8);
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        plain.writeBytes(nonce);
        plain.writeBytes(ByteBuffer.allocate(4).putInt(msg.length).array());
        plain.writeBytes(msg);
        plain.writeBytes(id);
        int pad = BLOCK - plain.size() % BLOCK;
        for (int i = 0; i < pad; i++) {
            plain.write(pad);
        }
        try {
            Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
            return Base64.getEncoder().encodeToString(aes.doFinal(plain.toByteArray()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String signature(String timestamp, String nonce, String encrypted) {
        String[] parts = {token, timestamp, nonce, encrypted};
        Arrays.sort(parts);
        try {
            byte[] sha = MessageDigest.getInstance("SHA-1").digest(String.join("", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
