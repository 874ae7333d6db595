package io.qike.crm.archive.keys;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/** RSA 2048 key pairs for WeCom's 消息加密公钥: the public key as PEM ("BEGIN PUBLIC KEY"), the private key as PKCS#8. */
final class KeyPairs {
    record Generated(String publicPem, String privatePem, String fingerprint) {
        @Override
        public String toString() {
            return "Generated[fingerprint=" + fingerprint + "]";
        }
    }

    private KeyPairs() {
    }

    static Generated generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            KeyPair pair = g.generateKeyPair();
            byte[] publicDer = pair.getPublic().getEncoded();
            return new Generated(pem("PUBLIC KEY", publicDer), pem("PRIVATE KEY", pair.getPrivate().getEncoded()), fingerprint(publicDer));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is not available", e);
        }
    }

    static PrivateKey privateKey(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored archive private key could not be read");
        }
    }

    /** SHA-256 of the DER public key, lower-case hex. */
    static String fingerprint(byte[] publicDer) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicDer));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] der(String pem) {
        return Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
