package io.qike.crm.archive.keys;

import java.time.Instant;

/**
 * A key pair as listed: the version WeCom gave its public key (null while it awaits one), the SHA-256 fingerprint of
 * the public key and how many messages were decrypted with it. Never the private key.
 */
public record ArchiveKeyView(long id, Integer version, String fingerprint, Instant createdAt, long decrypted) {
    static ArchiveKeyView of(KeyRow r) {
        return new ArchiveKeyView(r.id(), r.version(), r.fingerprint(), r.createdAt(), r.decryptedCount());
    }

    /** The fingerprint as the page shows it: the first 16 hex digits in pairs. */
    public String shortFingerprint() {
        return fingerprint.substring(0, 16).replaceAll("(..)(?!$)", "$1:");
    }
}
