package io.qike.crm.registry.enrich;

import io.qike.crm.customer.CustomerSelections;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.DataScopes;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.VisibleOwners;
import io.qike.crm.platform.jobs.BackgroundJob;
import io.qike.crm.platform.jobs.BackgroundJobs;
import io.qike.crm.integration.ActionFlows;
import io.qike.crm.registry.RegistryLookup;
import io.qike.crm.registry.RegistrySettings;
import io.qike.crm.registry.store.CurrentSettings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** 工商批量补全: enrich chosen customers, or all the user's customers without a credit code, in the background. */
@Service
public class Enrichments {
    static final int MAX_CUSTOMERS = 10_000;
    private final EnrichmentRepository store;
    private final BackgroundJobs jobs;
    private final CurrentSettings settings;
    private final DataScopes scopes;
    private final TransactionTemplate tx;
    private final CustomerSelections customers;

    private final RegistryLookup lookup;
    private final ActionFlows flows;

    Enrichments(EnrichmentRepository store, BackgroundJobs jobs, CurrentSettings settings, DataScopes scopes, TransactionTemplate tx,
                CustomerSelections customers, RegistryLookup lookup, ActionFlows flows) {
        this.lookup = lookup;
        this.flows = flows;
        this.store = store;
        this.jobs = jobs;
        this.settings = settings;
        this.scopes = scopes;
        this.tx = tx;
        this.customers = customers;
    }

    @RequiresPermission({Permission.CUSTOMER_EDIT, Permission.REGISTRY_LOOKUP})
    public EnrichmentJob start(List<Long> customerIds, boolean withoutCreditCode) {
        return get(submit(chosen(customerIds, withoutCreditCode), false, scopes.current(), null));
    }

    /**
     * The paid calls and the cost a {@link #start} with the same choice would spend, for the confirmation before it:
     * customers with registry data are skipped and cached lookups are free; the price is the primary provider's
     * connection price per call (集成中心 › 连接 › 每次调用费用).
     */
    @RequiresPermission({Permission.CUSTOMER_EDIT, Permission.REGISTRY_LOOKUP})
    public EnrichmentEstimate estimate(List<Long> customerIds, boolean withoutCreditCode) {
        List<Long> ids = chosen(customerIds, withoutCreditCode);
        VisibleOwners visible = scopes.current();
        int seen = customers.visibleAmong(ids, visible).size();
        Map<Long, String> keywords = customers.lookupKeywordsWithoutRegistryData(ids, visible);
        int cached = (int) keywords.values().stream().filter(lookup::detailCached).count();
        int calls = keywords.size() - cached;
        RegistrySettings s = settings.get();
        BigDecimal price = flows.costPerRun(s.source(s.order().get(0)).detailFlow()).orElse(null);
        return new EnrichmentEstimate(seen, seen - keywords.size(), cached, calls, price,
                price == null ? null : price.multiply(BigDecimal.valueOf(calls)));
    }

    private List<Long> chosen(List<Long> customerIds, boolean withoutCreditCode) {
        if (settings.get().order().isEmpty()) throw new ConflictException("registry_disabled", "error.registry_disabled", Map.of());
        List<Long> ids = withoutCreditCode ? customers.withoutCreditCode(scopes.current(), MAX_CUSTOMERS)
                : customerIds == null ? List.of() : customerIds;
        if (ids.isEmpty()) throw new InvalidInputException(FieldProblem.of("customerIds", "required"));
        if (ids.size() > MAX_CUSTOMERS) throw new InvalidInputException(FieldProblem.of("customerIds", "too_many", MAX_CUSTOMERS));
        return ids;
    }

    @RequiresPermission(Permission.CUSTOMER_VIEW)
    public EnrichmentJob get(long id) {
        BackgroundJob job = jobs.find(id).filter(j -> j.kind().equals(EnrichmentHandler.KIND))
                .orElseThrow(() -> new NotFoundException("registry_enrichment", id));
        return EnrichmentJob.of(job, store.counts(id), store.continuedIn(id));
    }

    /**
     * Submits a platform job, run as the current user, over those of the customers {@code visible}
     * covers that no other job is waiting on. The job and its customers commit together, so it starts
     * with its list complete. {@code continues} is a paused job whose waiting customers these are: they
     * are handed over in the same transaction.
     */
    long submit(List<Long> customerIds, boolean refresh, VisibleOwners visible, Long continues) {
        Long id = tx.execute(s -> {
            long job = jobs.submit(EnrichmentHandler.KIND, Map.of("refresh", refresh, "runAs", CurrentUser.require().login()),
                    customerIds.size());
            if (continues != null) store.finishPending(continues, "CONTINUED", Long.toString(job));
            store.add(job, customers.visibleAmong(customerIds, visible));
            return job;
        });
        return id;
    }
}
