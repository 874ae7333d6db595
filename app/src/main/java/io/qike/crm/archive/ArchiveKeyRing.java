package io.qike.crm.archive;

import java.security.PrivateKey;
import java.util.Optional;

/** The current enterprise's archive key pairs (RSA 2048) and settings, for the puller. No permission needed. */
public interface ArchiveKeyRing {
    /** The private key WeCom's publickey_ver refers to (the pair the admin gave that version), if any. */
    Optional<PrivateKey> privateKey(int version);

    /** Adds n to the "messages decrypted with it" figure of the pair with that version (called in the puller's transaction). */
    void countDecrypted(int version, int n);

    /** How many key pairs the enterprise has, and how many of them have the version WeCom gave their public key. */
    KeyPairCount keyPairs();

    /** Key pairs, and those of them with a version (only these decrypt). */
    record KeyPairCount(int pairs, int withVersion) {
    }

    /** Secret (会话内容存档 Secret, opened), app secret, corp id and base URL of the current enterprise; empty when not configured. */
    Optional<ArchiveCredentials> credentials();
}
