package io.qike.crm.customfield;

/** The objects that carry custom fields; each one's module keeps the values in its own table. */
public enum CustomObject {
    CUSTOMER, CONTACT, SALES_RECORD, OPPORTUNITY, LEAD
}
