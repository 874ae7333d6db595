package io.qike.crm.salesrecord;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A sales record (销售记录): one follow-up on a customer. */
public record SalesRecord(long id, long customerId, Long contactId, String contactName, String type, String content,
                          OffsetDateTime occurredAt, long ownerId, String ownerName, List<Attachment> attachments,
                          Map<String, Object> custom, OffsetDateTime createdAt) {

    public record Attachment(long id, String fileName, String contentType, long sizeBytes) {
    }
}
