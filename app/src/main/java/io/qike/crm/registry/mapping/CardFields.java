package io.qike.crm.registry.mapping;

import io.qike.crm.customfield.CustomFieldDefinition;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The customer fields a mapping may target: the standard registry-shaped fields and the tenant's custom fields. */
@Component
public class CardFields {
    /** The standard fields in the order of the customer form. */
    public static final List<CardField> STANDARD = List.of(
            std("name", TargetType.TEXT), std("creditCode", TargetType.CREDIT_CODE),
            std("legalRepresentative", TargetType.TEXT), std("registeredCapital", TargetType.MONEY),
            std("capitalCurrency", TargetType.CURRENCY), std("establishedOn", TargetType.DATE),
            std("registrationStatus", TargetType.STATUS), std("industry", TargetType.TEXT), std("address", TargetType.TEXT),
            std("region", TargetType.REGION), std("businessScope", TargetType.TEXT), std("phone", TargetType.PHONE),
            std("email", TargetType.EMAIL), std("website", TargetType.URL));

    private final CustomFields customFields;
    private final com.github.benmanes.caffeine.cache.Cache<Long, Map<String, CardField>> recent =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(10_000)
                    .expireAfterWrite(java.time.Duration.ofSeconds(30)).build();

    CardFields(CustomFields customFields) {
        this.customFields = customFields;
    }

    /** Every target of the current tenant, by key; multi-selects and date-times are left out (nothing in a registry fits them). */
    public Map<String, CardField> all() {
        Map<String, CardField> all = new LinkedHashMap<>();
        STANDARD.forEach(f -> all.put(f.key(), f));
        for (CustomFieldDefinition d : customFields.definitions(CustomObject.CUSTOMER)) {
            TargetType type = typeOf(d);
            if (type != null) all.put(d.fieldName(), new CardField(d.fieldName(), type, null, d.label(), d.options()));
        }
        return all;
    }

    /**
     * The same, kept for 30 seconds per tenant: a lookup answered from the cache then needs no query.
     * Settings pages use {@link #all()}, so a field defined a moment ago can be mapped at once.
     */
    public Map<String, CardField> cached() {
        return recent.get(io.qike.crm.platform.TenantContext.currentTenantId(), t -> all());
    }

    public List<CardField> list() {
        return new ArrayList<>(all().values());
    }

    private static TargetType typeOf(CustomFieldDefinition d) {
        return switch (d.type()) {
            case TEXT, LONG_TEXT -> TargetType.TEXT;
            case NUMBER -> TargetType.NUMBER;
            case MONEY -> TargetType.MONEY;
            case DATE -> TargetType.DATE;
            case SINGLE_SELECT -> TargetType.OPTION;
            case PHONE -> TargetType.PHONE;
            case EMAIL -> TargetType.EMAIL;
            case URL -> TargetType.URL;
            case BOOLEAN -> TargetType.BOOLEAN;
            case DATETIME, MULTI_SELECT -> null;
        };
    }

    private static CardField std(String key, TargetType type) {
        return new CardField(key, type, "customer." + key, null, null);
    }
}
