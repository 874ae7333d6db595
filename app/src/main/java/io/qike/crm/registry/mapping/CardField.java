package io.qike.crm.registry.mapping;

/**
 * A field of the customer card that registry data may fill: a standard field ({@code labelKey} from
 * the bundles) or a custom field ({@code label} as the admin named it;
 * {@code options} of a single select).
 */
public record CardField(String key, TargetType type, String labelKey, String label, java.util.List<String> options) {
    public boolean custom() {
        return key.startsWith("custom.");
    }
}
