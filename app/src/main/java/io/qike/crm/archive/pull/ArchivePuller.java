package io.qike.crm.archive.pull;

import io.qike.crm.archive.ArchiveCredentials;
import io.qike.crm.archive.ArchiveKeyRing;
import io.qike.crm.archive.source.ArchiveSource;
import io.qike.crm.archive.source.ChatItem;
import io.qike.crm.archive.source.ChatSlice;
import io.qike.crm.platform.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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
    /** Recent pulls kept per corp. */
    static final int HISTORY = 200;
    /** This process, as the pull history names it: several nodes of one installation tell apart by it. */
    static final String NODE = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
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
        Pipeline p = new Pipeline(c, keys, owner, progress, seq, Instant.now());
        PullResult result = null;
        try {
            // Three stages overlap: while the workers decrypt batch k+1, this thread stores batch k and fetches
            // batch k+2 (the fetch and the store wait on WeCom and the database, the decryption on the CPU).
            ChatSlice slice = source.chatData(c, seq, limit);
            long fetchedTo = seq;
            while (result == null) {
                if (!slice.ok() || slice.items().isEmpty()) {
                    if (!p.storeDecoding()) {
                        result = p.stop(PullResult.CURSOR_MOVED, null, null);
                    } else if (!slice.ok()) {
                        log.info("Archive pull of tenant {} stopped at seq {}: {} {}", c.tenantId(), p.seq, slice.reason(), slice.code());
                        result = p.stop(slice.reason(), slice.code(), slice.detail());
                    } else {
                        result = p.stop(PullResult.OK, null, null);
                    }
                } else {
                    long from = fetchedTo;
                    fetchedTo = slice.items().stream().mapToLong(ChatItem::seq).max().orElse(from);
                    CompletableFuture<List<StoredItem>> next = decoder.decodeLater(pullKeys, slice.items());
                    if (!p.storeDecoding()) {
                        next.cancel(false);
                        result = p.stop(PullResult.CURSOR_MOVED, null, null);
                    } else {
                        p.decoding(next, from, fetchedTo);
                        slice = source.chatData(c, fetchedTo, limit);
                    }
                }
            }
            return result;
        } finally {
            if (result == null) {
                p.abandon();
                cursors.release(c.corpId(), owner, "interrupted", null, null);
                p.record("interrupted", null);
            }
        }
    }

    /** The batch being decrypted, and what was stored: one pull's state. */
    private final class Pipeline {
        private final ArchiveCredentials c;
        private final ArchiveKeyRing keys;
        private final String owner;
        private final LongConsumer progress;
        private final long startSeq;
        private final Instant started;
        private long seq;
        private int count;
        private CompletableFuture<List<StoredItem>> decoding;
        private long from;
        private long to;

        Pipeline(ArchiveCredentials c, ArchiveKeyRing keys, String owner, LongConsumer progress, long seq, Instant started) {
            this.c = c;
            this.startSeq = seq;
            this.started = started;
            this.keys = keys;
            this.owner = owner;
            this.progress = progress;
            this.seq = seq;
        }

        void decoding(CompletableFuture<List<StoredItem>> batch, long from, long to) {
            this.decoding = batch;
            this.from = from;
            this.to = to;
        }

        /** Waits for the batch being decrypted and stores it with the cursor's advance; false if the cursor moved. */
        boolean storeDecoding() {
            if (decoding == null) return true;
            List<StoredItem> batch;
            try {
                batch = decoding.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            decoding = null;
            Integer n = store(c.corpId(), keys, batch, from, to, owner);
            if (n == null) return false;
            count += n;
            seq = to;
            if (progress != null) progress.accept(seq);
            return true;
        }

        PullResult stop(String outcome, Integer code, String detail) {
            cursors.release(c.corpId(), owner, outcome, code, detail);
            record(outcome, code);
            return new PullResult(outcome, code, count, seq);
        }

        /** Into the pull history; a failure to write it is logged, never the pull's failure. */
        void record(String outcome, Integer code) {
            try {
                cursors.recordPull(c.corpId(), NODE, started, startSeq, seq, count, outcome, code, HISTORY);
            } catch (RuntimeException e) {
                log.warn("Archive pull of tenant {} not recorded in the history: {}", c.tenantId(), e.toString());
            }
        }

        void abandon() {
            if (decoding != null) decoding.cancel(false);
        }
    }

    /** One transaction: the batch's items and the cursor's advance; null (and nothing stored) if the cursor moved. */
    private Integer store(String corpId, ArchiveKeyRing keys, List<StoredItem> batch, long from, long to, String owner) {
        return tx.execute(s -> {
            List<StoredItem> inserted = messages.insertAll(corpId, batch);
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
