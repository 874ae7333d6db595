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

    /** One record of a set-based change: which record, and its changes. */
    record Item(Long objectId, String objectName, Map<String, Change> changes) {
    }

    /** The same action on many records at once (a set-based change such as a recycle run), written in one statement. */
    void recordAll(String action, String objectType, java.util.List<Item> items);
}
