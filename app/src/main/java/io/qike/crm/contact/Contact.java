package io.qike.crm.contact;

import java.time.OffsetDateTime;
import java.util.Map;

/** A contact (联系人) at a customer. */
public record Contact(long id, Long customerId, String customerName, String name, String mobile, String email, String title,
                      String wecomExternalUserId, long ownerId, String ownerName, Map<String, Object> custom,
                      OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
