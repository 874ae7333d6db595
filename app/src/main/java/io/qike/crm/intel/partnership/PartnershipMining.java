package io.qike.crm.intel.partnership;

import io.qike.crm.dedup.CompanyNames;
import io.qike.crm.intel.IntelProperties;
import io.qike.crm.intel.clients.ClientMatches;
import io.qike.crm.intel.plan.PartnershipPlanner;
import io.qike.crm.intel.plan.Plan;
import io.qike.crm.intel.provider.FailureMessages;
import io.qike.crm.intel.provider.QichachaFlows;
import io.qike.crm.intel.setup.IntelSettings;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.jobs.BackgroundJobs;
import io.qike.crm.platform.org.RecordOwners;
import io.qike.crm.registry.ProviderFailure;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 合作关系挖掘 among chosen companies: plans the calls (every two companies share a call of at most 20 names),
 * shows what it will cost, then runs it — right away for the API, or as a background job that survives a
 * restart. Runs, calls and relations are kept, so a later run shows what changed.
 */
@Service
@RequiresPermission(Permission.CUSTOMER_VIEW)
public class PartnershipMining {
    public static final String JOB_KIND = "intel.partnerships";
    private final PartnershipPlanner planner = new PartnershipPlanner();
    private final PartnershipRunRepository runs;
    private final PartnershipExecutor executor;
    private final RunComparison comparison;
    private final QichachaFlows flows;
    private final IntelSettings settings;
    private final IntelProperties props;
    private final BackgroundJobs jobs;
    private final FailureMessages failures;
    private final TransactionTemplate tx;
    private final RecordOwners owners;
    private final ClientMatches matches;

    PartnershipMining(PartnershipRunRepository runs, PartnershipExecutor executor, RunComparison comparison, QichachaFlows flows,
                      IntelSettings settings, IntelProperties props, BackgroundJobs jobs, FailureMessages failures, TransactionTemplate tx,
                      RecordOwners owners, ClientMatches matches) {
        this.runs = runs;
        this.executor = executor;
        this.comparison = comparison;
        this.flows = flows;
        this.settings = settings;
        this.props = props;
        this.jobs = jobs;
        this.failures = failures;
        this.tx = tx;
        this.owners = owners;
        this.matches = matches;
    }

    /** Checked companies and their plan. */
    private record Planned(List<String> names, Plan plan) {
    }

    public PartnershipPreview preview(List<String> companies) {
        return preview(plan(companies));
    }

    private Planned plan(List<String> companies) {
        List<String> names = CompanySet.check(companies, props.maxCompanies());
        return new Planned(names, planner.plan(names));
    }

    private PartnershipPreview preview(Planned p) {
        BigDecimal cost = settings.costPerCall();
        int calls = p.plan().callCount();
        return new PartnershipPreview(p.names(), calls, p.plan().lowerBound(), p.plan().naiveCalls(), p.plan().construction(), cost,
                cost == null ? null : cost.multiply(BigDecimal.valueOf(calls)), calls > props.confirmAboveCalls());
    }

    /**
     * Runs now and answers when every call is made. {@code maxCalls}, when given, refuses a plan that needs more.
     *
     * @throws ConflictException {@code too_many_for_sync} above {@code qike.intel.sync-max-calls}: use {@link #start}
     */
    @RequiresPermission({Permission.CUSTOMER_VIEW, Permission.INTEL_MINE})
    public PartnershipResult mineNow(List<String> companies, String origin, Integer maxCalls) {
        PartnershipRun run = create(companies, origin, maxCalls, true);
        try {
            PartnershipRun.RunStatus status = executor.execute(run, PartnershipExecutor.Progress.NONE);
            runs.finish(run.id(), status, null);
        } catch (ProviderFailure f) {
            runs.finish(run.id(), PartnershipRun.RunStatus.FAILED, failures.describe(f));
            throw f;
        } catch (InvalidInputException | IllegalStateException e) {
            runs.finish(run.id(), PartnershipRun.RunStatus.FAILED, e.getMessage());
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            runs.finish(run.id(), PartnershipRun.RunStatus.FAILED, "interrupted");
            throw new IllegalStateException("interrupted", e);
        }
        PartnershipRun done = get(run.id());
        return new PartnershipResult(done.id(), runs.relations(done.id()), done.callsDone(), done.plannedCalls(), done.lowerBound(),
                done.naiveCalls(), runs.requestIds(done.id()), comparison.changes(done));
    }

    /** Starts the run as a background job (after this transaction commits) and returns it at once. */
    @RequiresPermission({Permission.CUSTOMER_VIEW, Permission.INTEL_MINE})
    public PartnershipRun start(List<String> companies, String origin, Integer maxCalls) {
        return tx.execute(s -> {
            PartnershipRun run = create(companies, origin, maxCalls, false);
            runs.attachJob(run.id(), jobs.submit(JOB_KIND, Map.of("runId", run.id()), run.plannedCalls()));
            return get(run.id());
        });
    }

    /** A run of the user's, or any run for whoever may see other users' runs; to anyone else it does not exist (404). */
    public PartnershipRun get(long runId) {
        return runs.find(runId).filter(r -> mayRead(r.createdBy())).map(r -> named(r, owners.names(List.of(r.createdBy()))))
                .orElseThrow(() -> new NotFoundException("partnership_run", runId));
    }

    /** The latest runs the user may see: their own, or everyone's with {@code intel:runs-others}. */
    public List<PartnershipRun> recent(int limit) {
        QikeUser me = CurrentUser.require();
        Long starter = me.can(Permission.INTEL_RUNS_OTHERS) ? null : me.userId();
        List<PartnershipRun> recent = runs.recent(Math.max(1, Math.min(limit, 100)), starter);
        Map<Long, String> names = owners.names(recent.stream().map(PartnershipRun::createdBy).distinct().toList());
        return recent.stream().map(r -> named(r, names)).toList();
    }

    private static boolean mayRead(long createdBy) {
        QikeUser me = CurrentUser.require();
        return createdBy == me.userId() || me.can(Permission.INTEL_RUNS_OTHERS);
    }

    /** The run with its starter's name, from the names of the runs' starters. */
    private static PartnershipRun named(PartnershipRun run, Map<Long, String> names) {
        return run.withCreatedByName(names.get(run.createdBy()));
    }

    public List<Relation> relations(long runId) {
        get(runId);
        return runs.relations(runId);
    }

    /**
     * Which of the run's companies are our customers (by name, the duplicate check's rule) and, once the run is
     * done, which of them no relation names: every pair was asked, so 企查查 knows no partnership for them.
     */
    public RunCompanies companies(long runId) {
        PartnershipRun run = get(runId);
        List<Relation> found = runs.relations(runId);
        Set<String> named = new HashSet<>();
        found.forEach(r -> Stream.of(r.companyName(), r.relatedCompanyName()).map(CompanyNames::normalize).forEach(named::add));
        List<String> notFound = run.status() != PartnershipRun.RunStatus.DONE ? List.of()
                : run.companies().stream().filter(n -> !named.contains(CompanyNames.normalize(n))).toList();
        Set<String> names = new HashSet<>(run.companies());
        found.forEach(r -> names.addAll(List.of(r.companyName(), r.relatedCompanyName())));
        return new RunCompanies(matches.lookup(names, List.of()), notFound);
    }

    /** What changed since the previous run; nothing until this run is done. */
    public RunChanges changes(long runId) {
        PartnershipRun run = get(runId);
        return run.status() == PartnershipRun.RunStatus.DONE ? comparison.changes(run) : RunChanges.none();
    }

    /** Stops a running job at its next call; the relations found so far stay. Its starter may, and whoever may see and stop other users' runs. */
    public void cancel(long runId) {
        PartnershipRun run = get(runId);
        QikeUser me = CurrentUser.require();
        if (run.createdBy() != me.userId() && !me.can(Permission.INTEL_RUNS_OTHERS)) throw new AccessDeniedException("not the run's starter");
        if (run.jobId() != null && !run.finished()) jobs.cancel(run.jobId());
    }

    private PartnershipRun create(List<String> companies, String origin, Integer maxCalls, boolean sync) {
        if (!flows.installed()) throw new ConflictException("intel_not_configured", "error.intel_not_configured", Map.of());
        Planned planned = plan(companies);
        PartnershipPreview preview = preview(planned);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("plannedCalls", preview.plannedCalls());
        if (preview.estimatedCost() != null) details.put("estimatedCost", preview.estimatedCost());
        if (maxCalls != null && preview.plannedCalls() > maxCalls) {
            details.put("maxCalls", maxCalls);
            throw new ConflictException("calls_over_limit", "error.calls_over_limit", details);
        }
        if (sync && preview.plannedCalls() > props.syncMaxCalls()) {
            details.put("syncMaxCalls", props.syncMaxCalls());
            throw new ConflictException("too_many_for_sync", "error.too_many_for_sync", details);
        }
        long me = CurrentUser.require().userId();
        Long previous = runs.previousOverlapping(planned.names(), me).orElse(null);
        long id = runs.create(origin, planned.names(), planned.plan(), previous, me);
        return get(id);
    }
}
