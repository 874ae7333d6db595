package io.qike.crm.platform;

import java.util.Map;

/** The enterprise log (企业日志): who did what to which record, with field-level before/after. */
public interface AuditLog {

    /** A field's value before and after a change; an empty side is written as null. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record Change(Object before, Object after) {
    }

    void record(String action, String objectType, Long objectId, String objectName, Map<String, Change> changes);

    default void record(String action, String objectType, Long objectId, String objectName) {
        record(action, objectType, objectId, objectName, Map.of());
    }
}
