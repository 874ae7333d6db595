package io.qike.crm.customer;

import java.util.List;

/** The fixed choices of the standard customer fields; labels come from the message bundles. */
public final class CustomerOptions {
    public static final List<String> CURRENCIES = List.of("CNY", "USD", "HKD", "EUR", "JPY", "GBP", "TWD", "MOP", "OTHER");
    public static final List<String> STATUSES = List.of("存续", "在业", "注销", "吊销", "迁出", "停业", "清算", "其他");
    public static final List<String> LEVELS = List.of("A", "B", "C", "D");
    public static final List<String> SOURCES = List.of("MANUAL", "REGISTRY", "IMPORT", "REFERRAL", "EXHIBITION", "WEBSITE",
            "WECOM", "OTHER");

    private CustomerOptions() {
    }
}
