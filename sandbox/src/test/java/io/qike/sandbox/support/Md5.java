package io.qike.sandbox.support;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/** MD5 hex for test clients, written independently of the sandbox's own helper. */
public final class Md5 {

    private Md5() {
    }

    public static String lower(String text) {
        try {
            byte[] d = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return String.format("%032x", new BigInteger(1, d));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String upper(String text) {
        return lower(text).toUpperCase(Locale.ROOT);
    }
}
