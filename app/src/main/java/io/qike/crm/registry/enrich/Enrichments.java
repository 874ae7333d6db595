package io.qike.crm.registry.enrich;

import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.DataScopes;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.registry.store.CurrentSettings;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** 工商批量补全: enrich chosen customers, or all the user's customers without a credit code, in the background. */
@Service
public class Enrichments {
    static final int MAX_CUSTOMERS = 10_000;
    private final EnrichmentStore store;
    private final EnrichmentRunner runner;
    private final CurrentSettings settings;
    private final DataScopes scopes;

    Enrichments(EnrichmentStore store, EnrichmentRunner runner, CurrentSettings settings, DataScopes scopes) {
        this.store = store;
        this.runner = runner;
        this.settings = settings;
        this.scopes = scopes;
    }

    @PreAuthorize("hasAuthority('customer:edit')")
    public EnrichmentJob start(List<Long> customerIds, boolean withoutCreditCode) {
        if (settings.get().order().isEmpty()) throw new ConflictException("registry_disabled", "error.registry_disabled", Map.of());
        List<Long> ids = withoutCreditCode ? store.withoutCreditCode(scopes.current(), MAX_CUSTOMERS)
                : customerIds == null ? List.of() : customerIds;
        if (ids.isEmpty()) throw new InvalidInputException(FieldProblem.of("customerIds", "required"));
        if (ids.size() > MAX_CUSTOMERS) throw new InvalidInputException(FieldProblem.of("customerIds", "too_many", MAX_CUSTOMERS));
        long id = store.create("ENRICH", CurrentUser.require().login(), ids, scopes.current());
        runner.start(id, false);
        return get(id);
    }

    @PreAuthorize("hasAuthority('customer:view')")
    public EnrichmentJob get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("registry_enrichment", id));
    }
}
