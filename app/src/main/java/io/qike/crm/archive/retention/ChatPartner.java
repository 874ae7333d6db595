package io.qike.crm.archive.retention;

/** An external contact the current user chats with (and follows), bound to a contact they may see. */
public record ChatPartner(String externalUserid, String name, String corpName, long contactId, Long customerId) {
}
