package io.qike.sandbox.wecom.core;

import java.util.Locale;

/**
 * The four secrets an enterprise hands to the CRM (see the product's WeCom document): the contacts-sync
 * secret (通讯录同步), the customer-contact secret (客户联系), the self-built app's secret (自建应用) and the
 * conversation-archive secret (会话内容存档). Each gets its own access_token and its own set of APIs.
 */
public enum AppKind {
    CONTACTS, CUSTOMER, APP, ARCHIVE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AppKind fromKey(String key) {
        for (AppKind k : values()) {
            if (k.key().equalsIgnoreCase(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown app '" + key + "', expected contacts, customer, app or archive");
    }
}
