package io.qike.crm.importexport;

import io.qike.crm.customfield.CustomFieldDefinition;
import io.qike.crm.customfield.FieldType;
import java.util.List;

/**
 * One column of an import template and of an export: a standard field (its label is a message
 * key) or a custom field (its label is what the admin typed). {@code key} is the field name used
 * in validation problems, so errors land on the right column.
 */
record Column(String key, String labelKey, Kind kind, boolean required, List<String> options, String optionPrefix,
              CustomFieldDefinition custom) {

    enum Kind {
        TEXT, NUMBER, DATE, OPTION, LIST, LOGIN, CUSTOM,
        /** Written by exports only (owner name, timestamps); ignored when such a file is imported back. */
        EXPORT_ONLY
    }

    static Column text(String key, String labelKey, boolean required) {
        return new Column(key, labelKey, Kind.TEXT, required, List.of(), null, null);
    }

    static Column of(String key, String labelKey, Kind kind) {
        return new Column(key, labelKey, kind, false, List.of(), null, null);
    }

    static Column option(String key, String labelKey, List<String> options, String prefix) {
        return new Column(key, labelKey, Kind.OPTION, false, options, prefix, null);
    }

    static Column custom(CustomFieldDefinition def) {
        return new Column(def.fieldName(), null, Kind.CUSTOM, def.required(), def.options(), null, def);
    }

    boolean importable() {
        return kind != Kind.EXPORT_ONLY;
    }

    boolean isDate() {
        return kind == Kind.DATE || (custom != null && custom.type() == FieldType.DATE);
    }

    boolean isDateTime() {
        return custom != null && custom.type() == FieldType.DATETIME;
    }
}
