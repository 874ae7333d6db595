package io.qike.crm.wecom;

import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** 常见问题: runs every {@link WecomCheck} against the enterprise's connection. */
@Service
public class WecomDiagnosis {
    /** One check's line on the page and in the API. */
    public record Line(String id, String labelKey, WecomCheckResult result) {
    }

    private final List<WecomCheck> checks;
    private final WecomConnections connections;

    WecomDiagnosis(List<WecomCheck> checks, WecomConnections connections) {
        this.checks = checks.stream().sorted(Comparator.comparing(WecomCheck::id)).toList();
        this.connections = connections;
    }

    /** Empty when the enterprise is not connected at all (the page then says to connect first). */
    @RequiresPermission(Permission.ADMIN_WECOM)
    public Optional<List<Line>> run() {
        return connections.current().map(c -> checks.stream().map(k -> new Line(k.id(), k.labelKey(), safely(k, c))).toList());
    }

    private static WecomCheckResult safely(WecomCheck check, WecomConnection c) {
        try {
            return check.run(c);
        } catch (RuntimeException e) {
            return WecomCheckResult.fail("wecom.check.crashed", "wecom.check.crashed.action");
        }
    }
}
