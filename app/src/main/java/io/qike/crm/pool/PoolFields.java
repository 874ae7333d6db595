package io.qike.crm.pool;

import io.qike.crm.customer.PooledCustomer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The customer fields a pool may show its members before they claim (the name is always shown): code, label key and
 * value. A pool stores the codes its administrator ticked; members get those and nothing else.
 */
public final class PoolFields {
    private static final Map<String, Function<PooledCustomer, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("level", PooledCustomer::level);
        FIELDS.put("industry", PooledCustomer::industry);
        FIELDS.put("region", PooledCustomer::region);
        FIELDS.put("source", PooledCustomer::source);
        FIELDS.put("creditCode", PooledCustomer::creditCode);
        FIELDS.put("legalRepresentative", PooledCustomer::legalRepresentative);
        FIELDS.put("registeredCapital", PooledCustomer::registeredCapital);
        FIELDS.put("establishedOn", PooledCustomer::establishedOn);
        FIELDS.put("address", PooledCustomer::address);
        FIELDS.put("phone", PooledCustomer::phone);
        FIELDS.put("email", PooledCustomer::email);
        FIELDS.put("website", PooledCustomer::website);
        FIELDS.put("lastFollowedAt", PooledCustomer::lastFollowedAt);
    }

    /** Every field a pool may show, in the order the pages list them. */
    public static final List<String> CODES = List.copyOf(FIELDS.keySet());

    private PoolFields() {
    }

    /** The message key of a field's label. */
    public static String labelKey(String code) {
        return "pool.field." + code;
    }

    static PoolCustomer view(PooledCustomer c, List<String> visible) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String code : CODES) {
            if (visible.contains(code)) fields.put(code, FIELDS.get(code).apply(c));
        }
        return new PoolCustomer(c.id(), c.name(), fields);
    }
}
