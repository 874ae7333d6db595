package io.qike.crm.wecom.directory;

import io.qike.crm.wecom.WecomClients;
import io.qike.crm.wecom.WecomErrors;
import io.qike.crm.platform.TenantContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import me.chanjar.weixin.common.error.WxErrorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One full sync of the current enterprise's WeCom directory: read it all, then in one transaction mirror it and
 * write the log line with its counts (or WeCom's errcode when the read failed, nothing mirrored).
 */
@Component
class DirectorySync {
    private static final Logger log = LoggerFactory.getLogger(DirectorySync.class);

    /** What one sync did. */
    record Outcome(int departments, int members, int added, int changed, int removed, int visible, int unseated, List<String> notes,
                   Integer errcode) {
    }

    private final DirectoryReader reader;
    private final DirectoryRepository store;
    private final SeatRepository seats;
    private final WecomClients clients;
    private final TransactionTemplate tx;

    DirectorySync(DirectoryReader reader, DirectoryRepository store, SeatRepository seats, WecomClients clients, TransactionTemplate tx) {
        this.reader = reader;
        this.store = store;
        this.seats = seats;
        this.clients = clients;
        this.tx = tx;
    }

    Outcome run(Long jobId, boolean scheduled) {
        long tenantId = TenantContext.currentTenantId();
        long syncId = tx.execute(s -> store.startSync(jobId, scheduled));
        WecomDirectory read;
        try {
            read = reader.read(clients.forTenant(tenantId), seats.purchased().orElse(null));
        } catch (WxErrorException e) {
            int code = e.getError().getErrorCode();
            log.info("WeCom directory sync of tenant {} refused: errcode {}", tenantId, code);
            WecomErrors.Advice advice = WecomErrors.of(code, e.getError().getErrorMsg());
            tx.executeWithoutResult(s -> store.finishSync(syncId, 0, 0, 0, 0, 0, 0, 0, List.of(), code, advice.messageKey()));
            return new Outcome(0, 0, 0, 0, 0, 0, 0, List.of(), code);
        } catch (RuntimeException e) {
            log.info("WeCom directory sync of tenant {} failed: {}", tenantId, e.getClass().getSimpleName());
            tx.executeWithoutResult(s -> store.finishSync(syncId, 0, 0, 0, 0, 0, 0, 0, List.of(), null, "wecom.sync.failed"));
            return new Outcome(0, 0, 0, 0, 0, 0, 0, List.of(), null);
        }
        return tx.execute(s -> apply(syncId, read));
    }

    private Outcome apply(long syncId, WecomDirectory read) {
        Map<String, DirectoryRepository.Stored> before = store.members();
        List<DirectoryRepository.Stored> write = new ArrayList<>();
        int added = 0;
        int changed = 0;
        Set<String> seen = new HashSet<>();
        for (WecomDirectory.Person p : read.members()) {
            seen.add(p.userid());
            DirectoryRepository.Stored old = before.get(p.userid());
            if (p.name() == null) p = withName(p, old);
            boolean visible = read.visible().contains(p.userid());
            DirectoryRepository.Stored now = new DirectoryRepository.Stored(p, visible, visible && !read.unseated().contains(p.userid()), true);
            if (old == null || !old.active()) added++;
            else if (!Objects.equals(old, now)) changed++;
            else continue;
            write.add(now);
        }
        List<String> gone = before.values().stream().filter(DirectoryRepository.Stored::active).map(s -> s.person().userid())
                .filter(u -> !seen.contains(u)).toList();
        store.replaceDepartments(read.departments());
        store.upsert(write);
        store.remove(gone);
        int visible = (int) read.members().stream().filter(p -> read.visible().contains(p.userid())).count();
        store.finishSync(syncId, read.departments().size(), read.members().size(), added, changed, gone.size(), visible,
                read.unseated().size(), read.notes(), null, null);
        return new Outcome(read.departments().size(), read.members().size(), added, changed, gone.size(), visible, read.unseated().size(),
                read.notes(), null);
    }

    private static WecomDirectory.Person withName(WecomDirectory.Person p, DirectoryRepository.Stored old) {
        String name = old == null ? p.userid() : old.person().name();
        return new WecomDirectory.Person(p.userid(), name, p.departments(), p.position(), p.mobile(), p.email(), p.status());
    }
}
