package io.qike.crm.customfield;

/** The kinds of custom field an admin can define. */
public enum FieldType {
    TEXT, LONG_TEXT, NUMBER, MONEY, DATE, DATETIME, SINGLE_SELECT, MULTI_SELECT, PHONE, EMAIL, URL, BOOLEAN;

    public boolean hasOptions() {
        return this == SINGLE_SELECT || this == MULTI_SELECT;
    }
}
