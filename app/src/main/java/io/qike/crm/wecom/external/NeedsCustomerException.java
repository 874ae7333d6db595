package io.qike.crm.wecom.external;

import io.qike.crm.platform.ConflictException;
import java.util.Map;

/** The external contact cannot become a contact until the importer picks its customer (a personal WeChat contact, …). */
class NeedsCustomerException extends ConflictException {
    final String reason;

    NeedsCustomerException(String externalUserId, String reason) {
        super("wecom_needs_customer", "error.wecom_needs_customer", Map.of("externalUserId", externalUserId, "reason", reason));
        this.reason = reason;
    }
}
