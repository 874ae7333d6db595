package io.qike.crm.archive.pull;

import io.qike.crm.archive.ArchiveKeyVersionSet;
import io.qike.crm.wecom.WecomArchiveNotified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * What starts work without a user: WeCom's msgaudit_notify (a pull) and a key version given to a key pair (the items
 * parked for it are decrypted, then a pull, since WeCom may hold more under it). No transaction around them: they
 * call WeCom and open their own transactions per batch.
 */
@Component
class ArchivePullTriggers {
    private static final Logger log = LoggerFactory.getLogger(ArchivePullTriggers.class);
    private final ArchivePuller puller;
    private final ParkedItems parked;

    ArchivePullTriggers(ArchivePuller puller, ParkedItems parked) {
        this.puller = puller;
        this.parked = parked;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(WecomArchiveNotified e) {
        PullResult r = puller.pull(e.tenantId(), null);
        log.info("Archive pull of tenant {} on msgaudit_notify: {}, {} new", e.tenantId(), r.outcome(), r.stored());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ArchiveKeyVersionSet e) {
        int n = parked.decrypt(e.tenantId(), e.version());
        log.info("Archive key version {} of tenant {}: {} parked messages decrypted", e.version(), e.tenantId(), n);
    }
}
