package io.qike.crm.archive.pull;

import io.qike.crm.archive.ArchiveCredentials;
import io.qike.crm.archive.ArchiveKeyRing;
import io.qike.crm.archive.source.ArchiveSource;
import io.qike.crm.archive.source.ChatItem;
import io.qike.crm.archive.source.ChatSlice;
import io.qike.crm.platform.TenantContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The loss-free pull of one enterprise's archive, by seq. One puller per corp holds the cursor row's lease (a second
 * one returns at once); each batch is fetched and decrypted with no database connection held, then stored together
 * with the cursor's advance in one transaction, the advance a compare-and-set on the seq, so a batch is either stored
 * and passed or neither. Items that do not decrypt are stored failed and never hold the cursor back. A failure of the
 * source stops the pull where it is and is recorded as its outcome. Runs until WeCom returns an empty batch.
 */
@Component
public class ArchivePuller {
    private static final Logger log = LoggerFactory.getLogger(ArchivePuller.class);
    /**
     * Renewed with every stored batch; what a node that died leaves is free again this long after its last batch (a
     * batch is one GetChatData call, whose timeout is well below this).
     */
    static final Duration LEASE = Duration.ofMinutes(2);
    private final ArchiveSource source;
    private final ItemDecoder decoder;
    private final ArchiveCursorRepository cursors;
    private final ArchiveMessageRepository messages;
    private final ObjectProvider<ArchiveKeyRing> keyRing;
    private final TransactionTemplate tx;
    private final int limit;

    ArchivePuller(ArchiveSource source, ItemDecoder decoder, ArchiveCursorRepository cursors, ArchiveMessageRepository messages,
                  ObjectProvider<ArchiveKeyRing> keyRing, TransactionTemplate tx,
                  @Value("${qike.wecom.archive.batch:1000}") int limit) {
        this.source = source;
        this.decoder = decoder;
        this.cursors = cursors;
        this.messages = messages;
        this.keyRing = keyRing;
        this.tx = tx;
        this.limit = Math.max(1, Math.min(1000, limit));
    }

    /** Pulls the enterprise's new messages (any thread, no transaction); {@code progress} gets the cursor after each batch. */
    public PullResult pull(long tenantId, LongConsumer progress) {
        return TenantContext.callAs(tenantId, () -> pullCurrent(progress));
    }

    private PullResult pullCurrent(LongConsumer progress) {
        ArchiveKeyRing keys = keyRing.getIfAvailable();
        Optional<ArchiveCredentials> credentials = keys == null ? Optional.empty() : keys.credentials();
        if (credentials.isEmpty()) return new PullResult(PullResult.NOT_CONFIGURED, null, 0, 0);
        ArchiveCredentials c = credentials.get();
        cursors.ensure(c.corpId());
        String owner = UUID.randomUUID().toString();
        Optional<Long> claimed = cursors.claim(c.corpId(), owner, LEASE);
        if (claimed.isEmpty()) return new PullResult(PullResult.ALREADY_PULLING, null, 0, -1);
        long seq = claimed.get();
        ItemDecoder.Keys pullKeys = decoder.keysFor(keys);
        int stored = 0;
        PullResult result = null;
        try {
            while (result == null) {
                ChatSlice slice = source.chatData(c, seq, limit);
                if (!slice.ok()) {
                    log.info("Archive pull of tenant {} stopped at seq {}: {} {}", c.tenantId(), seq, slice.reason(), slice.code());
                    result = new PullResult(slice.reason(), slice.code(), stored, seq);
                    cursors.release(c.corpId(), owner, slice.reason(), slice.code(), slice.detail());
                } else if (slice.items().isEmpty()) {
                    result = new PullResult(PullResult.OK, null, stored, seq);
                    cursors.release(c.corpId(), owner, PullResult.OK, null, null);
                } else {
                    List<StoredItem> batch = decoder.decodeAll(pullKeys, slice.items());
                    long from = seq;
                    long to = slice.items().stream().mapToLong(ChatItem::seq).max().orElse(seq);
                    Integer n = store(c.corpId(), keys, batch, from, to, owner);
                    if (n == null) {
                        result = new PullResult(PullResult.CURSOR_MOVED, null, stored, seq);
                        cursors.release(c.corpId(), owner, PullResult.CURSOR_MOVED, null, null);
                    } else {
                        stored += n;
                        seq = to;
                        if (progress != null) progress.accept(seq);
                    }
                }
            }
            return result;
        } finally {
            if (result == null) cursors.release(c.corpId(), owner, "interrupted", null, null);
        }
    }

    /** One transaction: the batch's items and the cursor's advance; null (and nothing stored) if the cursor moved. */
    private Integer store(String corpId, ArchiveKeyRing keys, List<StoredItem> batch, long from, long to, String owner) {
        return tx.execute(s -> {
            List<StoredItem> inserted = batch.stream().filter(item -> messages.insert(corpId, item) == 1).toList();
            messages.linkRecalls(inserted.stream().filter(StoredItem::decrypted).map(StoredItem::msgid).toList());
            if (!cursors.advance(corpId, from, to, inserted.size(), owner, LEASE)) {
                s.setRollbackOnly();
                return null;
            }
            countDecrypted(keys, inserted);
            return inserted.size();
        });
    }

    static void countDecrypted(ArchiveKeyRing keys, List<StoredItem> decrypted) {
        Map<Integer, Long> byVersion = decrypted.stream().filter(StoredItem::decrypted)
                .collect(Collectors.groupingBy(StoredItem::keyVersion, Collectors.counting()));
        byVersion.forEach((v, n) -> keys.countDecrypted(v, n.intValue()));
    }
}
