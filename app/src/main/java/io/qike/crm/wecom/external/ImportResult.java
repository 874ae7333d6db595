package io.qike.crm.wecom.external;

/** What importing one external contact did: imported (a new contact), already bound, needs a customer, or failed (why). */
public record ImportResult(String externalUserId, Status status, Long contactId, Long customerId, String reason) {
    public enum Status { IMPORTED, ALREADY_IMPORTED, NEEDS_CUSTOMER, FAILED }
}
