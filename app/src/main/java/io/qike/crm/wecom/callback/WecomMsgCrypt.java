package io.qike.crm.wecom.callback;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WXBizMsgCrypt as Tencent documents it for 接收事件服务器: msg_signature = SHA-1 of the sorted token, timestamp,
 * nonce and Encrypt; AES-256-CBC with key = Base64(EncodingAESKey + "="), IV = the key's first 16 bytes, PKCS#7
 * padding to 32-byte blocks (pad values up to 32, which the JDK's PKCS5Padding refuses); the plaintext is 16
 * random bytes, the message length (4 bytes, big-endian), the message and the receiveid (the corp id).
 */
public final class WecomMsgCrypt {
    private static final int BLOCK = 32;
    private final String token;
    private final byte[] key;
    private final String receiveId;

    public WecomMsgCrypt(String token, String encodingAesKey, String receiveId) {
        if (encodingAesKey == null || encodingAesKey.length() != 43) throw new IllegalArgumentException("EncodingAESKey must have 43 characters");
        this.token = token;
        this.key = Base64.getDecoder().decode(encodingAesKey + "=");
        this.receiveId = receiveId;
    }

    /** Refused: a bad signature, a message for another corp, or one that does not decrypt. */
    public static final class Refused extends RuntimeException {
        private final String reason;

        Refused(String reason) {
            super(reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
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

    /** Checks the signature, decrypts and checks the receiveid; answers the message. */
    public String open(String msgSignature, String timestamp, String nonce, String encrypted) {
        if (msgSignature == null || timestamp == null || nonce == null || encrypted == null) throw new Refused("missing");
        byte[] expected = signature(timestamp, nonce, encrypted).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, msgSignature.toLowerCase().getBytes(StandardCharsets.US_ASCII))) throw new Refused("signature");
        byte[] plain;
        try {
            Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            plain = unpad(c.doFinal(Base64.getDecoder().decode(encrypted)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new Refused("decrypt");
        }
        if (plain.length < 20) throw new Refused("decrypt");
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        if (length < 0 || 20 + length > plain.length) throw new Refused("decrypt");
        String msg = new String(plain, 20, length, StandardCharsets.UTF_8);
        String from = new String(plain, 20 + length, plain.length - 20 - length, StandardCharsets.UTF_8);
        if (!from.equals(receiveId)) throw new Refused("receiveid");
        return msg;
    }

    /** Encrypts a message as WeCom would send it (used to answer and by tests). */
    public String seal(String msg) {
        byte[] body = msg.getBytes(StandardCharsets.UTF_8);
        byte[] corp = receiveId.getBytes(StandardCharsets.UTF_8);
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(random);
        out.writeBytes(ByteBuffer.allocate(4).putInt(body.length).array());
        out.writeBytes(body);
        out.writeBytes(corp);
        int pad = BLOCK - out.size() % BLOCK;
        for (int i = 0; i < pad; i++) out.write(pad);
        try {
            Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            return Base64.getEncoder().encodeToString(c.doFinal(out.toByteArray()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] unpad(byte[] b) {
        if (b.length == 0) throw new IllegalArgumentException("empty");
        int pad = b[b.length - 1] & 0xff;
        if (pad < 1 || pad > BLOCK || pad > b.length) throw new IllegalArgumentException("padding");
        return Arrays.copyOf(b, b.length - pad);
    }
}
