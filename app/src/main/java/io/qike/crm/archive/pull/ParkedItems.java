package io.qike.crm.archive.pull;

import io.qike.crm.archive.ArchiveKeyRing;
import io.qike.crm.archive.source.ChatItem;
import io.qike.crm.platform.TenantContext;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decrypts the items stored failed under a key version, in batches (decrypted with no connection held, written in a
 * transaction per batch); an item that still does not decrypt stays failed, with its reason brought up to date.
 */
@Component
class ParkedItems {
    static final int BATCH = 200;
    private final ItemDecoder decoder;
    private final ArchiveMessageRepository messages;
    private final ObjectProvider<ArchiveKeyRing> keyRing;
    private final TransactionTemplate tx;

    ParkedItems(ItemDecoder decoder, ArchiveMessageRepository messages, ObjectProvider<ArchiveKeyRing> keyRing, TransactionTemplate tx) {
        this.decoder = decoder;
        this.messages = messages;
        this.keyRing = keyRing;
        this.tx = tx;
    }

    /** The number of items of that version decrypted now. */
    int decrypt(long tenantId, int version) {
        return TenantContext.callAs(tenantId, () -> {
            ArchiveKeyRing keys = keyRing.getIfAvailable();
            if (keys == null) return 0;
            int done = 0;
            long after = 0;
            List<ArchiveMessageRepository.FailedRow> rows;
            do {
                rows = messages.failedOfVersion(version, after, BATCH);
                List<StoredItem> decrypted = new ArrayList<>();
                for (ArchiveMessageRepository.FailedRow r : rows) {
                    StoredItem item = decoder.decode(keys, new ChatItem(r.seq(), r.msgid(), r.keyVersion(), r.encryptRandomKey(), r.encryptChatMsg()));
                    if (item.decrypted()) decrypted.add(item);
                    after = r.seq();
                }
                if (!decrypted.isEmpty()) {
                    done += tx.execute(s -> {
                        List<StoredItem> updated = decrypted.stream().filter(i -> messages.decrypted(i) == 1).toList();
                        messages.linkRecalls(updated.stream().map(StoredItem::msgid).toList());
                        ArchivePuller.countDecrypted(keys, updated);
                        return updated.size();
                    });
                }
            } while (rows.size() == BATCH);
            return done;
        });
    }
}
