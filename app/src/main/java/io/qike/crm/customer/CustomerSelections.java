package io.qike.crm.customer;

import io.qike.crm.platform.VisibleOwners;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Customers chosen by id or by the state of their registry data, for work over many of them (the registry's
 * enrichment and refresh). Ids only, in the current tenant; the caller's data scope comes as {@link VisibleOwners}.
 */
@Component
public class CustomerSelections {
    private final CustomerSelectionRepository repository;

    CustomerSelections(CustomerSelectionRepository repository) {
        this.repository = repository;
    }

    /** Those of the ids that are customers {@code visible} covers. */
    public List<Long> visibleAmong(Collection<Long> ids, VisibleOwners visible) {
        return ids.isEmpty() ? List.of() : repository.visibleAmong(ids, visible);
    }

    /**
     * For those of the ids {@code visible} covers that have no registry data yet: the keyword a registry lookup would
     * use (the credit code, else the name), by id — what an estimate of 工商批量补全's paid calls needs.
     */
    public java.util.Map<Long, String> lookupKeywordsWithoutRegistryData(Collection<Long> ids, VisibleOwners visible) {
        return ids.isEmpty() ? java.util.Map.of() : repository.lookupKeywordsWithoutRegistryData(ids, visible);
    }

    /** Customers whose registry data is older than {@code days}, oldest first, leaving out {@code except}. */
    public List<Long> registryDataOlderThan(int days, Collection<Long> except, int limit) {
        return repository.registryDataOlderThan(days, except, limit);
    }

    /** Customers {@code visible} covers that have neither a credit code nor registry data, by id. */
    public List<Long> withoutCreditCode(VisibleOwners visible, int limit) {
        return repository.withoutCreditCode(visible, limit);
    }
}
