package io.qike.crm.archive.pull;

import io.qike.crm.archive.ArchiveKeyRing;
import io.qike.crm.archive.source.ArchiveSource;
import io.qike.crm.archive.source.ArchiveSourceException;
import io.qike.crm.archive.source.ChatItem;
import io.qike.crm.archive.source.Ciphers;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import javax.crypto.Cipher;
import org.springframework.stereotype.Component;

/**
 * Decrypts an item the documented way: Base64-decode {@code encrypt_random_key}, RSA/ECB/PKCS1Padding with the private
 * key of its {@code publickey_ver}, then the source's DecryptData. An item without a key for its version, or that
 * does not decrypt, comes back failed with its reason: it is stored, never dropped. No database work here.
 */
@Component
class ItemDecoder {
    private static final int PARALLELISM = Runtime.getRuntime().availableProcessors();
    private static final ForkJoinPool WORKERS = new ForkJoinPool(PARALLELISM);
    private final ArchiveSource source;
    private final MessageParser parser;

    ItemDecoder(ArchiveSource source, MessageParser parser) {
        this.source = source;
        this.parser = parser;
    }

    /**
     * The private keys of one pull, each version read (and opened) once: reading the key ring for every item cost almost
     * as much as the RSA step itself.
     */
    final class Keys {
        private final ArchiveKeyRing ring;
        private final Map<Integer, Optional<PrivateKey>> known = new HashMap<>();

        private Keys(ArchiveKeyRing ring) {
            this.ring = ring;
        }

        /** In the caller's thread (the enterprise's context): reads what the batch needs and has not been read yet. */
        private Map<Integer, Optional<PrivateKey>> of(List<ChatItem> items) {
            items.stream().map(ChatItem::publickeyVer).distinct().forEach(v -> known.computeIfAbsent(v, ring::privateKey));
            return Map.copyOf(known);
        }
    }

    Keys keysFor(ArchiveKeyRing ring) {
        return new Keys(ring);
    }

    /**
     * A batch decrypted on every core (one RSA decryption per item is the work's physical limit), in the batch's order,
     * while the caller goes on (the puller stores the batch before and fetches the next meanwhile). The workers touch
     * no database and no tenant context: the keys are read before, in the caller's thread.
     */
    CompletableFuture<List<StoredItem>> decodeLater(Keys keys, List<ChatItem> items) {
        Map<Integer, Optional<PrivateKey>> byVersion = keys.of(items);
        return CompletableFuture.supplyAsync(() -> items.parallelStream().map(i -> decode(byVersion.get(i.publickeyVer()), i)).toList(),
                WORKERS);
    }

    StoredItem decode(ArchiveKeyRing keys, ChatItem item) {
        return decode(keys.privateKey(item.publickeyVer()), item);
    }

    private StoredItem decode(Optional<PrivateKey> key, ChatItem item) {
        if (key.isEmpty()) return failed(item, StoredItem.UNKNOWN_KEY_VERSION);
        try {
            Cipher rsa = RSA.get();
            rsa.init(Cipher.DECRYPT_MODE, key.get());
            String randomKey = new String(rsa.doFinal(Base64.getDecoder().decode(item.encryptRandomKey())), StandardCharsets.UTF_8);
            String json = source.decryptData(randomKey, item.encryptChatMsg());
            return new StoredItem(item.msgid(), item.seq(), item.publickeyVer(), null, null, null, parser.parse(item.msgid(), json));
        } catch (GeneralSecurityException | ArchiveSourceException | IllegalArgumentException e) {
            return failed(item, StoredItem.DECRYPT_FAILED);
        }
    }

    /** One cipher per worker, initialised per item: looking the provider up per item cost as much as the padding check. */
    private static final ThreadLocal<Cipher> RSA = Ciphers.perThread(() -> Cipher.getInstance("RSA/ECB/PKCS1Padding"));

    private static StoredItem failed(ChatItem item, String reason) {
        return new StoredItem(item.msgid(), item.seq(), item.publickeyVer(), reason, item.encryptRandomKey(), item.encryptChatMsg(), null);
    }
}
