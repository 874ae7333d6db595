package io.qike.crm.customer;

import io.qike.crm.platform.DataScopes;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.VisibleOwners;
import io.qike.crm.platform.org.EnterpriseTime;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Figures for the dashboard, within the user's data scope. */
@Service
public class CustomerStats {
    public record Summary(long total, Map<String, Long> byLevel, Map<String, Long> newByMonth) {
    }

    private final CustomerStatsRepository repository;
    private final DataScopes scopes;
    private final EnterpriseTime time;

    CustomerStats(CustomerStatsRepository repository, DataScopes scopes, EnterpriseTime time) {
        this.time = time;
        this.repository = repository;
        this.scopes = scopes;
    }

    @RequiresPermission(Permission.CUSTOMER_VIEW)
    public Summary summary() {
        VisibleOwners v = scopes.current();
        return new Summary(repository.total(v), repository.byLevel(v), repository.newByMonth(v, time.zone()));
    }
}
