package io.qike.crm.platform;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The field-level changes of an edit, for {@link AuditLog}: only fields whose value changed, in the order
 * they were compared. Numbers are compared by value (1.50 equals 1.5), so a re-saved form logs nothing.
 */
public final class AuditDiff {
    private final Map<String, AuditLog.Change> changes = new LinkedHashMap<>();

    public static AuditDiff of() {
        return new AuditDiff();
    }

    public AuditDiff field(String name, Object before, Object after) {
        if (!Objects.equals(comparable(before), comparable(after))) changes.put(name, new AuditLog.Change(before, after));
        return this;
    }

    /** Each key of either map as {@code prefix + key}, in key order. */
    public AuditDiff fields(String prefix, Map<String, ?> before, Map<String, ?> after) {
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) field(prefix + key, before.get(key), after.get(key));
        return this;
    }

    public Map<String, AuditLog.Change> changes() {
        return changes;
    }

    private static Object comparable(Object o) {
        if (o instanceof BigDecimal d) return d.stripTrailingZeros();
        if (o instanceof Number n) return new BigDecimal(n.toString()).stripTrailingZeros();
        return o;
    }
}
