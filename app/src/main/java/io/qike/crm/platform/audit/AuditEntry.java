package io.qike.crm.platform.audit;

import java.time.OffsetDateTime;

public record AuditEntry(long id, OffsetDateTime at, String userName, String action, String objectType, Long objectId,
                         String objectName, String changes) {
}
