package io.qike.crm.integration.flow;

import io.qike.crm.integration.ApiInterface;
import io.qike.crm.integration.CallResult;
import io.qike.crm.integration.FlowRun;
import io.qike.crm.integration.IntegrationProperties;
import io.qike.crm.integration.NodeTrace;
import io.qike.crm.integration.store.RunRepository;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.TenantContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes run log entries and keeps the log within its retention: every {@value #PRUNE_EVERY} runs of
 * a tenant, runs older than the configured days or beyond the configured count are deleted. A run
 * log that cannot be written is reported in the application log, never as the caller's failure.
 * Pruning runs in the background: it reads the tenant's whole log in order, about 10 ms at 10,000
 * runs, which made every hundredth invocation that much slower inline. The hundredth run marks its
 * tenant due and a {@code @Scheduled} sweep a second later prunes it: node-local housekeeping, since
 * the counts that make a tenant due live in this node's memory (another node counts its own runs).
 */
@Component
public class RunRecorder {
    public static final int PRUNE_EVERY = 100;
    private static final Logger log = LoggerFactory.getLogger(RunRecorder.class);
    private final RunRepository repository;
    private final IntegrationProperties.RunLog retention;
    private final Map<Long, AtomicInteger> writes = new ConcurrentHashMap<>();
    private final Set<Long> due = ConcurrentHashMap.newKeySet();

    RunRecorder(RunRepository repository, IntegrationProperties props) {
        this.repository = repository;
        this.retention = props.runLog();
    }

    public Long flowRun(String apiName, int version, Map<String, Object> inputs, Map<String, Object> outputs,
                        io.qike.crm.integration.FlowStatus status, String code, String message, List<NodeTrace> nodes,
                        long startedAt, String error) {
        return write(new FlowRun(0, "FLOW", apiName, version, status, code, message, at(startedAt),
                System.currentTimeMillis() - startedAt, user(), inputs, outputs, nodes, error));
    }

    public Long testCall(ApiInterface api, Map<String, Object> params, CallResult r, long startedAt) {
        NodeTrace trace = new NodeTrace("test", "CALL", r.status(), 0, r.durationMs(), r, null, null, r.error());
        return write(new FlowRun(0, "TEST_CALL", api.apiName(), null, r.status(), r.code(),
                r.message() != null ? r.message() : r.providerMessage(), at(startedAt), System.currentTimeMillis() - startedAt,
                user(), params, r.fields(), List.of(trace), r.error()));
    }

    /** Applies the retention now. */
    public int prune() {
        return repository.prune(retention.maxRuns(), retention.maxDays());
    }

    private Long write(FlowRun run) {
        try {
            long id = repository.insert(run);
            Long tenant = TenantContext.currentTenantId();
            if (tenant != null && writes.computeIfAbsent(tenant, t -> new AtomicInteger()).incrementAndGet() % PRUNE_EVERY == 0) due.add(tenant);
            return id;
        } catch (RuntimeException e) {
            log.warn("Could not write the run log of {}: {}", run.flowApiName(), e.getMessage());
            return null;
        }
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 1000)
    void pruneDue() {
        for (Long tenant : List.copyOf(due)) {
            due.remove(tenant);
            try {
                TenantContext.runAs(tenant, this::prune);
            } catch (RuntimeException e) {
                log.warn("Could not prune the run log of tenant {}: {}", tenant, e.getMessage());
            }
        }
    }

    private static OffsetDateTime at(long millis) {
        return Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC);
    }

    private static String user() {
        return CurrentUser.find().map(QikeUser::displayName).orElse("system");
    }
}
