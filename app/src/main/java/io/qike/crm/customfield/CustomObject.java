package io.qike.crm.customfield;

/** The objects that carry custom fields, and the table holding their values. */
public enum CustomObject {
    CUSTOMER("customer"), CONTACT("contact"), SALES_RECORD("sales_record");

    private final String table;

    CustomObject(String table) {
        this.table = table;
    }

    String table() {
        return table;
    }
}
