package io.qike.crm.archive.media;

import io.qike.crm.archive.ArchiveCredentials;
import io.qike.crm.archive.ArchiveKeyRing;
import io.qike.crm.archive.pull.ArchiveMessages;
import io.qike.crm.archive.pull.ArchivedMessage;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.jobs.RecurringTask;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fetches the media of archived messages in the background, every {@code qike.wecom.archive.media-interval} (default a
 * minute): first the media-bearing messages stored since the last run become pending items, then due items are claimed
 * with a lease (several nodes or runs: each item is fetched by one of them), fetched without a database connection
 * held, and settled by the same claim: fetched, retried later with back-off (1 min, 5 min, 30 min, 2 h) or failed for
 * good after {@link #MAX_ATTEMPTS} with the last reason. A node that stops mid-fetch leaves a lease that runs out; the
 * item is fetched again by the next run.
 */
@Component
public class ArchiveMediaWorker implements RecurringTask {
    private static final Logger log = LoggerFactory.getLogger(ArchiveMediaWorker.class);
    static final int MAX_ATTEMPTS = 5;
    static final List<Duration> BACK_OFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2));
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final int BATCH = 20;
    private final ArchiveMediaRepository media;
    private final ArchiveMessages messages;
    private final MediaDownload download;
    private final ObjectProvider<ArchiveKeyRing> keyRing;
    private final Duration interval;

    ArchiveMediaWorker(ArchiveMediaRepository media, ArchiveMessages messages, MediaDownload download,
                       ObjectProvider<ArchiveKeyRing> keyRing,
                       @Value("${qike.wecom.archive.media-interval:PT1M}") Duration interval) {
        this.media = media;
        this.messages = messages;
        this.download = download;
        this.keyRing = keyRing;
        this.interval = interval;
    }

    @Override
    public String name() {
        return "archive.media";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void run() {
        for (long tenant : media.tenants()) {
            try {
                work(tenant, Integer.MAX_VALUE);
            } catch (RuntimeException e) {
                log.warn("Archive media of tenant {} not fetched this time: {}", tenant, e.toString());
            }
        }
    }

    /** One enterprise's run: enqueues what is new, then fetches due items, at most {@code max}; the number fetched. */
    public int work(long tenantId, int max) {
        return TenantContext.callAs(tenantId, () -> {
            ArchiveKeyRing keys = keyRing.getIfAvailable();
            Optional<ArchiveCredentials> credentials = keys == null ? Optional.empty() : keys.credentials();
            if (credentials.isEmpty()) return 0;
            enqueue();
            int fetched = 0, done = 0;
            List<MediaItem> claimed;
            do {
                claimed = media.claim(Math.min(BATCH, max - done), LEASE);
                for (MediaItem item : claimed) {
                    if (fetch(credentials.get(), item)) fetched++;
                    done++;
                }
            } while (claimed.size() == BATCH && done < max);
            return fetched;
        });
    }

    private void enqueue() {
        List<ArchivedMessage> found;
        long known = media.knownUpTo();
        // Messages decrypted late (their key version was entered after newer messages came) lie below what is known.
        do {
            found = messages.mediaMissing(known, 1000);
            media.enqueue(found);
        } while (found.size() == 1000);
        do {
            found = messages.mediaAfter(media.knownUpTo(), 1000);
            media.enqueue(found);
        } while (found.size() == 1000);
    }

    private boolean fetch(ArchiveCredentials credentials, MediaItem item) {
        try {
            MediaDownload.Stored stored = download.fetch(credentials, item);
            return media.fetched(item, stored.hash(), stored.size());
        } catch (MediaDownload.MediaFailure e) {
            String reason = e.getMessage();
            log.info("Archive media {} attempt {} failed: {}", item.msgid(), item.attempt(), reason);
            if (item.attempt() >= MAX_ATTEMPTS) media.failed(item, reason);
            else media.retry(item, backOff(item.attempt()), reason);
            return false;
        }
    }

    /** The wait after the given (1-based) failed attempt. */
    static Duration backOff(int attempt) {
        return BACK_OFF.get(Math.min(attempt, BACK_OFF.size()) - 1);
    }
}
