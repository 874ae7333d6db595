package io.qike.crm.registry.settings;

import io.qike.crm.registry.FieldMapping;
import java.util.List;
import java.util.Map;

/**
 * A change to the 工商信息设置 (PUT): absent fields keep their value. {@code providers} is keyed by
 * provider code; a slot given replaces that slot's flows and mapping.
 */
public record SettingsDraft(Boolean enabled, String primary, String fallback, Integer searchTtlMinutes, Integer detailTtlMinutes,
                            Integer refreshAfterDays, Map<String, SourceDraft> providers) {

    /** The flows bound to a provider slot and the detail flow's mapping. */
    public record SourceDraft(String searchFlow, String detailFlow, List<FieldMapping> mappings) {
    }
}
