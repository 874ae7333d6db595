package io.qike.crm.wecom;

/** The three secrets of a corp the CRM calls with; each has its own access token and reaches its own APIs. */
public enum WecomSecret {
    /** The self-built app 企客CRM (agent id): login, messages, JS-SDK, its visible range. */
    APP,
    /** 通讯录同步: the whole address book. */
    CONTACTS,
    /** 客户联系: customers (external contacts) of every member. */
    CUSTOMER;

    public String messageKey() {
        return "wecom.secret." + name().toLowerCase();
    }
}
