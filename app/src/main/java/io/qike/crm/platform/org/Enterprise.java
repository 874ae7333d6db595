package io.qike.crm.platform.org;

import java.time.OffsetDateTime;

/** An enterprise (tenant) as the operator sees it. */
public record Enterprise(long id, String code, String name, String status, String timeZone, int users,
                         OffsetDateTime createdAt) {
    public static final String ACTIVE = "ACTIVE";
    public static final String DISABLED = "DISABLED";
}
