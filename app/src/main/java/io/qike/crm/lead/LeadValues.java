package io.qike.crm.lead;

/** A lead's fields as stored, checked and cleaned by {@link LeadValidator}; {@code customJson} is JSON text. */
record LeadValues(String companyName, String contactName, String mobile, String email, String source, String region,
                  String status, String customJson) {
}
