package io.qike.crm.platform;

/** The record does not exist, belongs to another tenant, or lies outside the user's data scope. */
public class NotFoundException extends RuntimeException {
    private final String objectType;

    public NotFoundException(String objectType, Object id) {
        super(objectType + " " + id + " not found");
        this.objectType = objectType;
    }

    public String objectType() {
        return objectType;
    }
}
