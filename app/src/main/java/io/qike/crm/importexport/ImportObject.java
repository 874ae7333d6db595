package io.qike.crm.importexport;

import io.qike.crm.customfield.CustomObject;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import java.util.Locale;

/** What a file can be imported into; the permission names follow {@code object:action}. */
public enum ImportObject {
    CUSTOMER, CONTACT;

    public String permission(String action) {
        return name().toLowerCase(Locale.ROOT) + ":" + action;
    }

    public CustomObject customObject() {
        return CustomObject.valueOf(name());
    }

    /** Parses a path or form value; an unknown object is bad input (400), not a server error. */
    public static ImportObject parse(String value) {
        for (ImportObject o : values()) {
            if (o.name().equalsIgnoreCase(value == null ? "" : value.trim())) return o;
        }
        throw new InvalidInputException(FieldProblem.of("object", "invalid_option"));
    }
}
