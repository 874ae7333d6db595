package io.qike.crm.registry.settings;

import io.qike.crm.integration.OutputField;
import io.qike.crm.registry.FieldMapping;
import java.math.BigDecimal;
import java.util.List;

/** The 工商信息设置 as the settings page and the API show them; credentials only as hints. */
public record SettingsView(boolean enabled, String primary, String fallback, int searchTtlMinutes, int detailTtlMinutes,
                           int refreshAfterDays, List<ProviderView> providers) {

    /**
     * One provider slot: whether its preset was generated, its connection (hints only), the bound
     * flows, the mapping and the detail flow's outputs that may be mapped. {@code defaultBaseUrl} is
     * what a first initialisation uses (the simulator when {@code sandboxOffered}, else the real host);
     * {@code sandbox} whether the slot points (or, not initialised yet, will point) at the simulator,
     * and {@code host} the real service's host it points at otherwise.
     */
    public record ProviderView(String provider, boolean hasSecret, boolean initialized, String defaultBaseUrl, String baseUrl,
                               String keyHint, String secretHint, Integer qps, Integer dailyBudget, BigDecimal costPerCall,
                               String searchFlow, String detailFlow, List<FieldMapping> mappings,
                               List<OutputField> detailOutputs, boolean sandboxOffered, boolean sandbox, String host,
                               String realBaseUrl) {
    }

    public ProviderView provider(String code) {
        return providers.stream().filter(p -> p.provider().equals(code)).findFirst().orElse(null);
    }
}
