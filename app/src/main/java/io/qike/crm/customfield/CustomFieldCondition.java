package io.qike.crm.customfield;

import java.util.Map;

/**
 * A condition on one custom field, for the module that owns the records: it names the record's JSONB
 * column itself ({@link #sqlCondition(String)}) and binds {@link #parameters()}, the way {@code
 * VisibleOwners} does for owners. The field code is inlined: codes are checked to be {@code [a-z][a-z0-9_]*}.
 */
public record CustomFieldCondition(Kind kind, String code, String parameter, Object value) {
    /** How the field is compared. */
    public enum Kind {
        /** The text contains the value (case-insensitive); the value is a LIKE pattern. */
        CONTAINS,
        /** A multi-select holds the option. */
        HAS_OPTION,
        /** The stored text equals the value. */
        EQUALS,
        /** The field holds exactly the value (JSON containment, as for a unique field). */
        HOLDS
    }

    public String sqlCondition(String customColumn) {
        return switch (kind) {
            case CONTAINS -> customColumn + "->>'" + code + "' ilike :" + parameter;
            case HAS_OPTION -> customColumn + "->'" + code + "' @> to_jsonb(cast(:" + parameter + " as text))";
            case EQUALS -> customColumn + "->>'" + code + "' = :" + parameter;
            case HOLDS -> customColumn + " @> cast(:" + parameter + " as jsonb)";
        };
    }

    public Map<String, Object> parameters() {
        return Map.of(parameter, value);
    }
}
