package io.qike.crm.archive.pull;

import io.qike.crm.archive.ArchiveCredentials;
import io.qike.crm.archive.ArchiveKeyRing;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.jobs.BackgroundJob;
import io.qike.crm.platform.jobs.BackgroundJobs;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The pull for administrators of WeCom: its status, and 立即拉取 (a background job). */
@Service
public class ArchivePullService {
    private final ArchiveCursorRepository cursors;
    private final ArchiveMessageRepository messages;
    private final ObjectProvider<ArchiveKeyRing> keyRing;
    private final BackgroundJobs jobs;
    private final MessageSource text;

    ArchivePullService(ArchiveCursorRepository cursors, ArchiveMessageRepository messages, ObjectProvider<ArchiveKeyRing> keyRing,
                       BackgroundJobs jobs, MessageSource text) {
        this.cursors = cursors;
        this.messages = messages;
        this.keyRing = keyRing;
        this.jobs = jobs;
        this.text = text;
    }

    @RequiresPermission(Permission.ADMIN_WECOM)
    public ArchiveStatus status() {
        ArchiveKeyRing keys = keyRing.getIfAvailable();
        Optional<ArchiveCredentials> c = keys == null ? Optional.empty() : keys.credentials();
        if (c.isEmpty()) {
            return new ArchiveStatus(false, ArchiveStatus.NOT_CONFIGURED, stateMessage(ArchiveStatus.NOT_CONFIGURED), null, 0, 0,
                    List.of(), null, null, null, null, null, false);
        }
        ArchiveKeyRing.KeyPairCount pairs = keys.keyPairs();
        String state = pairs.pairs() == 0 ? ArchiveStatus.NO_KEY_PAIR
                : pairs.withVersion() == 0 ? ArchiveStatus.KEY_VERSION_MISSING : ArchiveStatus.READY;
        String corp = c.get().corpId();
        Optional<ArchiveCursorRepository.CursorRow> row = cursors.find(corp);
        String outcome = row.map(ArchiveCursorRepository.CursorRow::lastOutcome).orElse(null);
        Integer errcode = row.map(ArchiveCursorRepository.CursorRow::lastErrcode).orElse(null);
        return new ArchiveStatus(true, state, stateMessage(state), corp, row.map(ArchiveCursorRepository.CursorRow::seq).orElse(0L),
                row.map(ArchiveCursorRepository.CursorRow::messagesStored).orElse(0L), messages.failedCounts(corp).stream().map(f -> f.withMessage(text.getMessage("archive.message.failed." + f.reason(),
                        null, f.reason(), LocaleContextHolder.getLocale()))).toList(),
                messages.newestMessageTime(corp).orElse(null), row.map(ArchiveCursorRepository.CursorRow::lastPullAt).orElse(null),
                outcome, errcode, outcome == null ? null : text.getMessage("archive.pull.outcome." + outcome,
                        new Object[]{errcode == null ? "" : errcode.toString()}, outcome, LocaleContextHolder.getLocale()),
                row.map(ArchiveCursorRepository.CursorRow::pulling).orElse(false));
    }

    /** The recent pulls (newest first, at most 50): which node, from which seq to which, how many new, how they ended. */
    @RequiresPermission(Permission.ADMIN_WECOM)
    public List<PullRecord> recentPulls() {
        Optional<ArchiveCredentials> c = credentials();
        if (c.isEmpty()) return List.of();
        return cursors.recentPulls(c.get().corpId(), 50).stream().map(p -> p.withText(text.getMessage("archive.pull.outcome." + p.outcome(),
                new Object[]{p.errcode() == null ? "" : p.errcode().toString()}, p.outcome(), LocaleContextHolder.getLocale()))).toList();
    }

    private String stateMessage(String state) {
        return text.getMessage("archive.state." + state, null, state, LocaleContextHolder.getLocale());
    }

    /** Starts a pull as a background job; one already queued or running is returned instead. */
    @RequiresPermission(Permission.ADMIN_WECOM)
    @Transactional
    public BackgroundJob startPull() {
        if (credentials().isEmpty()) throw new ConflictException("archive_not_configured", "error.archive_not_configured", Map.of());
        return jobs.recent(ArchivePullJob.KIND, 1).stream().filter(j -> !j.finished()).findFirst()
                .orElseGet(() -> jobs.get(jobs.submit(ArchivePullJob.KIND, Map.of(), 0)));
    }

    /** The pull job queued or running, if any. */
    @RequiresPermission(Permission.ADMIN_WECOM)
    public Optional<BackgroundJob> runningPull() {
        return jobs.recent(ArchivePullJob.KIND, 1).stream().filter(j -> !j.finished()).findFirst();
    }

    /** A pull started with {@link #startPull}: its progress (the cursor's seq) and, once done, its outcome. */
    @RequiresPermission(Permission.ADMIN_WECOM)
    public BackgroundJob pullJob(long id) {
        return jobs.find(id).filter(j -> ArchivePullJob.KIND.equals(j.kind())).orElseThrow(() -> new NotFoundException("job", id));
    }

    private Optional<ArchiveCredentials> credentials() {
        ArchiveKeyRing keys = keyRing.getIfAvailable();
        return keys == null ? Optional.empty() : keys.credentials();
    }
}
