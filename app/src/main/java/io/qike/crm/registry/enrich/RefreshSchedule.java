package io.qike.crm.registry.enrich;

import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.VisibleOwners;
import io.qike.crm.registry.store.CurrentSettings;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The registry's periodic work, on one node at a time: resume open jobs (after a restart, or paused
 * by a budget or outage) and, once a day per tenant, refresh customers whose registry data is older
 * than the tenant's setting. The node that moves {@code registry_schedule.tick} forward runs it; the
 * others find it moved and skip. The work runs as the admin who last saved the registry settings.
 */
@Component
class RefreshSchedule {
    private static final Logger log = LoggerFactory.getLogger(RefreshSchedule.class);
    static final Duration STALE_CLAIM = Duration.ofMinutes(10);
    private record Tenant(long tenantId, String runAs) {
    }

    private final JdbcClient jdbc;
    private final EnrichmentStore store;
    private final EnrichmentRunner runner;
    private final CurrentSettings settings;
    private final UserDetailsService users;

    RefreshSchedule(JdbcClient jdbc, EnrichmentStore store, EnrichmentRunner runner, CurrentSettings settings, UserDetailsService users) {
        this.jdbc = jdbc;
        this.store = store;
        this.runner = runner;
        this.settings = settings;
        this.users = users;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        runAll(STALE_CLAIM, false);
    }

    @Scheduled(fixedDelayString = "${qike.registry.tick:PT5M}", initialDelayString = "${qike.registry.tick:PT5M}")
    void tick() {
        int claimed = jdbc.sql("update registry_schedule set last_run_at = now() where name = 'tick' and last_run_at < now() - interval '4 minutes'")
                .update();
        if (claimed > 0) runAll(STALE_CLAIM, true);
    }

    /** Every tenant with the registry on: resume its open jobs, and start its daily refresh when {@code refresh}. */
    void runAll(Duration stale, boolean refresh) {
        List<Tenant> tenants = jdbc.sql("select tenant_id, run_as from registry_scheduled_tenants()")
                .query((rs, i) -> new Tenant(rs.getLong("tenant_id"), rs.getString("run_as"))).list();
        for (Tenant t : tenants) {
            try {
                TenantContext.runAs(t.tenantId(), () -> asUser(t.runAs(), () -> {
                    runner.resume(stale);
                    if (refresh) refreshIfDue(t.runAs());
                }));
            } catch (RuntimeException e) {
                log.warn("Registry schedule skipped tenant {}: {}", t.tenantId(), e.toString());
            }
        }
    }

    private void refreshIfDue(String runAs) {
        if (store.refreshStartedSince(Duration.ofHours(23))) return;
        List<Long> stale = store.staleCustomers(settings.get().refreshAfterDays(), Enrichments.MAX_CUSTOMERS);
        if (stale.isEmpty()) return;
        long id = store.create("REFRESH", runAs, stale, VisibleOwners.all());
        runner.start(id, true);
    }

    private void asUser(String login, Runnable work) {
        UserDetails user = users.loadUserByUsername(login);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
