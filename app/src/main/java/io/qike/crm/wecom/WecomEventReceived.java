package io.qike.crm.wecom;

/** A callback event was stored in the inbox (published in the storing transaction, handled after it commits). */
public record WecomEventReceived(long tenantId, long eventId) {
}
