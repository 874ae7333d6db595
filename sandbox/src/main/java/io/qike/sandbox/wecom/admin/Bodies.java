package io.qike.sandbox.wecom.admin;

import java.util.List;
import java.util.Map;

/** Small typed readers for the admin API's JSON bodies, failing with a message that names the field. */
final class Bodies {
    private Bodies() {
    }

    static List<String> strings(Map<String, Object> body, String field) {
        Object v = body.get(field);
        if (!(v instanceof List<?> list)) {
            throw new IllegalArgumentException("'" + field + "' must be a list");
        }
        return list.stream().map(String::valueOf).toList();
    }

    static List<Long> longs(Map<String, Object> body, String field) {
        Object v = body.getOrDefault(field, List.of());
        if (!(v instanceof List<?> list)) {
            throw new IllegalArgumentException("'" + field + "' must be a list");
        }
        return list.stream().map(x -> Long.parseLong(String.valueOf(x))).toList();
    }

    static String string(Map<String, Object> body, String field) {
        Object v = body.get(field);
        if (v == null) {
            throw new IllegalArgumentException("'" + field + "' is required");
        }
        return String.valueOf(v);
    }

    static Long optLong(Map<String, Object> body, String field) {
        Object v = body.get(field);
        return v == null ? null : Long.parseLong(String.valueOf(v));
    }
}
