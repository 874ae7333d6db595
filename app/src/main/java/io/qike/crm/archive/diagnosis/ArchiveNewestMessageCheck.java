package io.qike.crm.archive.diagnosis;

import io.qike.crm.archive.pull.ArchiveStatus;
import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.wecom.WecomCheck;
import io.qike.crm.wecom.WecomCheckResult;
import io.qike.crm.wecom.WecomConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The last pull's outcome, and the newest message's age: nothing new for longer than
 * {@code qike.wecom.archive.quiet-warning} (default three days, a weekend and a day) while no pull runs is worth a look.
 */
@Component
class ArchiveNewestMessageCheck implements WecomCheck {
    private static final Set<String> FINE = Set.of("ok", "already_pulling", "cursor_moved");
    private final ArchiveProbe probe;
    private final EnterpriseTime times;
    private final Duration quiet;

    ArchiveNewestMessageCheck(ArchiveProbe probe, EnterpriseTime times,
                              @Value("${qike.wecom.archive.quiet-warning:P3D}") Duration quiet) {
        this.probe = probe;
        this.times = times;
        this.quiet = quiet;
    }

    @Override
    public String id() {
        return "87-archive-newest";
    }

    @Override
    public String labelKey() {
        return "archive.check.newest";
    }

    @Override
    public WecomCheckResult run(WecomConnection c) {
        if (probe.credentials().isEmpty()) return ArchiveProbe.NOT_CONFIGURED;
        ArchiveStatus s = probe.status();
        if (s.lastOutcome() != null && !FINE.contains(s.lastOutcome())) {
            return WecomCheckResult.fail("archive.check.newest.lastPullFailed", "archive.check.newest.lastPullFailed.action",
                    s.lastOutcomeMessage());
        }
        if (s.lastPullAt() == null) {
            return WecomCheckResult.warn("archive.check.newest.neverPulled", "archive.check.newest.neverPulled.action");
        }
        Instant newest = s.newestMessageAt();
        if (!s.pulling() && (newest == null || newest.isBefore(Instant.now().minus(quiet)))) {
            return WecomCheckResult.warn("archive.check.newest.quiet", "archive.check.newest.quiet.action",
                    newest == null ? "-" : times.format(newest, EnterpriseTime.MINUTE), quiet.toHours());
        }
        return WecomCheckResult.ok("archive.check.newest.ok", newest == null ? "-" : times.format(newest, EnterpriseTime.MINUTE),
                times.format(s.lastPullAt(), EnterpriseTime.MINUTE));
    }
}
