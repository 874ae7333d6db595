package io.qike.crm.importexport;

import io.qike.crm.customfield.CustomObject;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.Permission;

/** What a file can be imported into, and the permission that allows it. */
public enum ImportObject {
    CUSTOMER(Permission.CUSTOMER_IMPORT), CONTACT(Permission.CONTACT_IMPORT), OPPORTUNITY(Permission.OPPORTUNITY_IMPORT),
    LEAD(Permission.LEAD_IMPORT);

    private final Permission importPermission;

    ImportObject(Permission importPermission) {
        this.importPermission = importPermission;
    }

    public Permission importPermission() {
        return importPermission;
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
