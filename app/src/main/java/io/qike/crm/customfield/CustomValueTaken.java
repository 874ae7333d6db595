package io.qike.crm.customfield;

/**
 * Whether another record of the owning module holds a unique custom field's value: the module owning
 * the records answers, with its own query on its own table.
 */
@FunctionalInterface
public interface CustomValueTaken {
    /** True when a record other than {@code selfId} (null for a new record) matches {@code condition}. */
    boolean taken(CustomFieldCondition condition, Long selfId);
}
