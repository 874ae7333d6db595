package io.qike.crm.contact;

/** A contact's fields as stored, checked and cleaned by {@link ContactValidator}; {@code customJson} is JSON text. */
record ContactValues(Long customerId, String name, String mobile, String email, String title, String wecomExternalUserId,
                     String customJson) {
}
