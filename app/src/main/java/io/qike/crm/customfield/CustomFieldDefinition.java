package io.qike.crm.customfield;

import java.util.List;

/** One admin-defined field; values are stored under {@code code} in the record's JSONB column. */
public record CustomFieldDefinition(long id, CustomObject objectType, String code, String label, FieldType type,
                                    List<String> options, boolean required, boolean unique, boolean showInList, int sort) {
    /** The name of this field in forms, API bodies and error reports. */
    public String fieldName() {
        return "custom." + code;
    }
}
