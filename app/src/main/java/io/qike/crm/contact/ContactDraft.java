package io.qike.crm.contact;

import java.util.Map;

/** What a user submits for a contact, from a form, the API or an import row. */
public record ContactDraft(Long customerId, String name, String mobile, String email, String title,
                           String wecomExternalUserId, Long ownerId, Map<String, Object> custom) {
}
