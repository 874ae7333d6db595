package io.qike.crm.customfield;

/**
 * How many records of one object hold a custom field's value: the module owning the records answers with its own
 * query on its own table, over every record of the enterprise (an option still in use is not removed).
 */
public interface CustomValueUses {
    CustomObject object();

    long count(CustomFieldCondition condition);
}
