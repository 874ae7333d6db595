package io.qike.sandbox.wecom.archive;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Parses the 消息加密公钥 an enterprise pastes into the admin console: "-----BEGIN PUBLIC KEY-----"
 * (X.509 SubjectPublicKeyInfo, what openssl prints) or "-----BEGIN RSA PUBLIC KEY-----" (PKCS#1).
 * Only 2048-bit RSA keys are accepted, as the console demands.
 */
public final class PublicKeys {
    /** DER prefix that wraps a PKCS#1 RSAPublicKey of a 2048-bit key into SubjectPublicKeyInfo, minus lengths. */
    private static final byte[] RSA_ALG_ID = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86,
            (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};

    private PublicKeys() {
    }

    public static RSAPublicKey parse(String pem) {
        if (pem == null) {
            throw new IllegalArgumentException("public_key is missing");
        }
        boolean pkcs1 = pem.contains("BEGIN RSA PUBLIC KEY");
        if (!pkcs1 && !pem.contains("BEGIN PUBLIC KEY")) {
            throw new IllegalArgumentException("expected a PEM starting with -----BEGIN PUBLIC KEY----- or -----BEGIN RSA PUBLIC KEY-----");
        }
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        RSAPublicKey key;
        try {
            byte[] der = Base64.getDecoder().decode(body);
            byte[] spki = pkcs1 ? wrap(der) : der;
            key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("not a valid RSA public key: " + e.getMessage());
        }
        if (key.getModulus().bitLength() != 2048) {
            throw new IllegalArgumentException("the key has " + key.getModulus().bitLength() + " bits; RSA 2048 is required");
        }
        return key;
    }

    private static byte[] wrap(byte[] pkcs1) {
        ByteArrayOutputStream bitString = new ByteArrayOutputStream();
        bitString.write(0);
        bitString.writeBytes(pkcs1);
        ByteArrayOutputStream inner = new ByteArrayOutputStream();
        inner.writeBytes(RSA_ALG_ID);
        inner.writeBytes(tlv(0x03, bitString.toByteArray()));
        return tlv(0x30, inner.toByteArray());
    }

    private static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (value.length < 128) {
            out.write(value.length);
        } else {
            byte[] len = BigInteger.valueOf(value.length).toByteArray();
            int skip = len[0] == 0 ? 1 : 0;
            out.write(0x80 | (len.length - skip));
            out.write(len, skip, len.length - skip);
        }
        out.writeBytes(value);
        return out.toByteArray();
    }
}
