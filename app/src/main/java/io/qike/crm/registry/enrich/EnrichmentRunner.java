package io.qike.crm.registry.enrich;

import io.qike.crm.platform.TenantContext;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs enrichment jobs on this node: a few workers per job claim customers one by one, as the user
 * the job runs for, in the job's tenant. The pace is the provider connection's: its QPS limiter makes
 * calls wait for a slot, so a job uses the configured QPS and no more; its daily budget or a provider
 * outage pauses the job instead of failing its customers.
 */
@Component
public class EnrichmentRunner {
    private static final Logger log = LoggerFactory.getLogger(EnrichmentRunner.class);
    static final int WORKERS = 4;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "qike-registry-enrich");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, AtomicInteger> active = new ConcurrentHashMap<>();
    private final Set<Long> halted = ConcurrentHashMap.newKeySet();
    private final EnrichmentStore store;
    private final ItemEnricher enricher;
    private final UserDetailsService users;

    EnrichmentRunner(EnrichmentStore store, ItemEnricher enricher, UserDetailsService users) {
        this.store = store;
        this.enricher = enricher;
        this.users = users;
    }

    /** Starts the job's workers unless it already runs here. Call in the job's tenant. */
    public void start(long jobId, boolean refresh) {
        long tenant = TenantContext.currentTenantId();
        AtomicInteger workers = new AtomicInteger(WORKERS);
        if (active.putIfAbsent(jobId, workers) != null) return;
        UserDetails user = users.loadUserByUsername(store.runAs(jobId));
        for (int i = 0; i < WORKERS; i++) pool.submit(() -> work(tenant, user, jobId, refresh, workers));
    }

    /** Resumes the tenant's open jobs that no worker here runs; claims older than {@code stale} are released first. */
    public void resume(Duration stale) {
        for (long job : store.open()) {
            if (active.containsKey(job)) continue;
            store.releaseStale(job, stale);
            store.status(job, "RUNNING", null);
            start(job, store.find(job).map(j -> j.kind().equals("REFRESH")).orElse(false));
        }
    }

    /** Stops the job's workers after their current customer, leaving the job open (as a node going down would). */
    public void halt(long jobId) {
        if (active.containsKey(jobId)) halted.add(jobId);
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        pool.shutdownNow(); // claims stay; the next start releases them after STALE_CLAIM
    }

    public boolean running(long jobId) {
        return active.containsKey(jobId);
    }

    private void work(long tenant, UserDetails user, long jobId, boolean refresh, AtomicInteger workers) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            TenantContext.runAs(tenant, () -> loop(jobId, refresh));
        } catch (RuntimeException e) {
            log.error("Registry enrichment {} stopped", jobId, e);
        } finally {
            SecurityContextHolder.clearContext();
            if (workers.decrementAndGet() == 0) {
                boolean stopped = halted.remove(jobId);
                if (!stopped) TenantContext.runAs(tenant, () -> store.completeIfFinished(jobId));
                active.remove(jobId);
            }
        }
    }

    private void loop(long jobId, boolean refresh) {
        while (!halted.contains(jobId)) {
            Long customer = store.claim(jobId).orElse(null);
            if (customer == null) return;
            try {
                enricher.enrich(jobId, customer, refresh);
            } catch (ItemEnricher.Unavailable e) {
                store.release(jobId, customer);
                store.status(jobId, "PAUSED", PauseReason.of(e.outcome));
                halted.add(jobId);
                return;
            } catch (RuntimeException e) {
                log.warn("Registry enrichment {}: customer {} failed: {}", jobId, customer, e.toString());
                store.finish(jobId, customer, "FAILED", e.getClass().getSimpleName());
            }
        }
    }
}
