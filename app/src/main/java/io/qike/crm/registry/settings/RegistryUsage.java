package io.qike.crm.registry.settings;

import io.qike.crm.integration.CallLedger;
import io.qike.crm.integration.Connection;
import io.qike.crm.integration.LedgerRow;
import io.qike.crm.integration.PresetInstaller;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.registry.RegistryProvider;
import io.qike.crm.registry.lookup.HitCounter;
import io.qike.crm.registry.store.HitRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * 用量与费用: per day and provider, the calls the call ledger booked on the provider's connection
 * (shared with other modules that use the same provider), the lookups the cache answered, the
 * estimated cost and what the cache saved at the connection's cost per call.
 */
@Service
@RequiresPermission(Permission.ADMIN_INTEGRATION)
public class RegistryUsage {
    /** One day of one provider. */
    public record Row(LocalDate day, String provider, long calls, long billable, long cacheHits, BigDecimal cost, BigDecimal saved) {
    }

    private final CallLedger ledger;
    private final PresetInstaller installer;
    private final HitRepository hitRepository;
    private final HitCounter hits;

    RegistryUsage(CallLedger ledger, PresetInstaller installer, HitRepository hitRepository, HitCounter hits) {
        this.ledger = ledger;
        this.installer = installer;
        this.hitRepository = hitRepository;
        this.hits = hits;
    }

    public List<Row> lastDays(int days) {
        hits.flush();
        LocalDate to = hits.today(), from = to.minusDays(days - 1L);
        Map<String, Row> rows = new LinkedHashMap<>();
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        for (RegistryProvider p : RegistryProvider.values()) {
            Optional<Connection> c = installer.connectionOf(p.presetKey());
            if (c.isEmpty()) continue;
            BigDecimal price = c.get().limits().costPerCall() == null ? BigDecimal.ZERO : c.get().limits().costPerCall();
            prices.put(p.code(), price);
            for (LedgerRow l : ledger.rows(from, to, c.get().id())) {
                Row r = rows.computeIfAbsent(l.day() + p.code(), k -> empty(l.day(), p.code()));
                rows.put(l.day() + p.code(), new Row(r.day(), r.provider(), r.calls() + l.calls(), r.billable() + l.successes(),
                        r.cacheHits(), r.cost().add(l.cost() == null ? BigDecimal.ZERO : l.cost()), r.saved()));
            }
        }
        for (HitRepository.Row h : hitRepository.between(from, to)) {
            Row r = rows.computeIfAbsent(h.day() + h.provider(), k -> empty(h.day(), h.provider()));
            BigDecimal saved = prices.getOrDefault(h.provider(), BigDecimal.ZERO).multiply(BigDecimal.valueOf(h.hits()));
            rows.put(h.day() + h.provider(), new Row(r.day(), r.provider(), r.calls(), r.billable(), r.cacheHits() + h.hits(),
                    r.cost(), r.saved().add(saved)));
        }
        List<Row> out = new ArrayList<>(rows.values());
        out.sort(Comparator.comparing(Row::day).reversed().thenComparing(Row::provider));
        return out;
    }

    private static Row empty(LocalDate day, String provider) {
        return new Row(day, provider, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
