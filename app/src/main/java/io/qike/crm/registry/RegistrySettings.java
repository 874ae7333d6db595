package io.qike.crm.registry;

import java.util.List;
import java.util.Map;

/**
 * A tenant's 工商信息设置. {@code enabled} is 新建客户时自动填充工商信息; lookups go to the
 * primary provider and, when it fails for reasons of its own (key, arrears, quota, outage), to the
 * fallback. Each provider slot binds a search and a detail action flow — the generated presets or
 * any hand-built flow — and maps the detail flow's outputs onto the customer card.
 */
public record RegistrySettings(boolean enabled, RegistryProvider primary, RegistryProvider fallback, int searchTtlMinutes,
                               int detailTtlMinutes, int refreshAfterDays, Map<RegistryProvider, Source> sources) {
    public static final int DEFAULT_SEARCH_TTL = 24 * 60, DEFAULT_DETAIL_TTL = 7 * 24 * 60, DEFAULT_REFRESH_DAYS = 180;

    /** The flows bound to one provider and the mapping of its detail flow. */
    public record Source(String searchFlow, String detailFlow, List<FieldMapping> mappings) {
        public Source {
            mappings = mappings == null ? List.of() : List.copyOf(mappings);
        }
    }

    public RegistrySettings {
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    public static RegistrySettings defaults() {
        return new RegistrySettings(false, null, null, DEFAULT_SEARCH_TTL, DEFAULT_DETAIL_TTL, DEFAULT_REFRESH_DAYS, Map.of());
    }

    public Source source(RegistryProvider provider) {
        return provider == null ? null : sources.get(provider);
    }

    /** The providers to ask, in order: the primary, then the fallback when it is bound. */
    public List<RegistryProvider> order() {
        if (primary == null || source(primary) == null) return List.of();
        if (fallback == null || fallback == primary || source(fallback) == null) return List.of(primary);
        return List.of(primary, fallback);
    }
}
