package io.qike.sandbox.wecom.core;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;

/** Deterministic derivation of ids, secrets and random streams from the seed, so runs repeat exactly. */
public final class Seeds {
    private static final String B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String B64URL = B62 + "-_";

    private Seeds() {
    }

    public static byte[] hmac(long seed, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Long.toString(seed).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hmacHex(long seed, String label, int chars) {
        return HexFormat.of().formatHex(hmac(seed, label)).substring(0, chars);
    }

    /** A random stream for one named purpose; independent purposes do not disturb each other. */
    public static SplittableRandom random(long seed, String purpose) {
        byte[] h = hmac(seed, "rng:" + purpose);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (h[i] & 0xff);
        }
        return new SplittableRandom(v);
    }

    /** Real secrets are 43 url-safe base64 characters. */
    public static String secret(long seed, String label) {
        return chars(random(seed, "secret:" + label), B64URL, 43);
    }

    public static String base62(SplittableRandom r, int n) {
        return chars(r, B62, n);
    }

    private static String chars(SplittableRandom r, String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    public static String md5Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
