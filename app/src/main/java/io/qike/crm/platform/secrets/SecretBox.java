package io.qike.crm.platform.secrets;

import io.qike.crm.platform.QikeProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts connection credentials at rest with AES-256-GCM: a random 12-byte IV per value, the tenant
 * id as associated data (a value copied into another tenant's row does not decrypt). Stored as
 * {@code v1:base64(iv || ciphertext+tag)}. One box for every module that keeps credentials (集成中心, 企业微信对接),
 * keyed by {@code qike.integration.master-key} or the {@code master.key} file of the data folder.
 */
@Component
public class SecretBox {
    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    SecretBox(@Value("${qike.integration.master-key:}") String masterKey, QikeProperties qike) {
        this.key = new SecretKeySpec(masterKey(masterKey, qike.dataDir().resolve("master.key")), "AES");
    }

    public String seal(String plain, long tenantId) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            c.updateAAD(aad(tenantId));
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a credential", e);
        }
    }

    public String open(String sealed, long tenantId) {
        if (sealed == null || !sealed.startsWith(PREFIX)) throw new IllegalStateException("Unknown credential format");
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, IV_BYTES));
            c.updateAAD(aad(tenantId));
            return new String(c.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // Never include the value: the message may reach a log.
            throw new IllegalStateException("A stored credential could not be decrypted (wrong master key?)");
        }
    }

    /** What the UI shows instead of a credential: its last four characters, and only for long values. */
    public static String hint(String plain) {
        if (plain == null || plain.isEmpty()) return null;
        return plain.length() >= 12 ? "••••" + plain.substring(plain.length() - 4) : "••••";
    }

    private static byte[] aad(long tenantId) {
        return ("qike-tenant:" + tenantId).getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] masterKey(String configured, Path file) {
        if (StringUtils.hasText(configured)) return decode(configured.trim(), "qike.integration.master-key");
        try {
            if (!Files.exists(file)) create(file);
            return decode(Files.readString(file).trim(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the master key " + file, e);
        }
    }

    /** Written to a private temporary file first, so no reader ever sees a half-written key. */
    private static void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Path tmp = dir.resolve(".master.key." + System.nanoTime());
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, Base64.getEncoder().encodeToString(fresh) + "\n");
        try {
            Files.move(tmp, file);
        } catch (FileAlreadyExistsException raced) {
            Files.deleteIfExists(tmp); // another instance created it first; use theirs
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not base64");
        }
        if (bytes.length != 32) throw new IllegalStateException(source + " must hold 32 bytes (AES-256), found " + bytes.length);
        return bytes;
    }
}
