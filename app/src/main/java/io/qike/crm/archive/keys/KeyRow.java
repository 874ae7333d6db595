package io.qike.crm.archive.keys;

import java.time.Instant;

/** A stored key pair, its private key still sealed (platform SecretBox, keyed by the tenant). */
record KeyRow(long id, long tenantId, String publicKeyPem, String sealedPrivateKey, Integer version, String fingerprint,
              Instant createdAt, long decryptedCount) {
    @Override
    public String toString() {
        return "KeyRow[id=" + id + ", version=" + version + ", fingerprint=" + fingerprint + "]";
    }
}
