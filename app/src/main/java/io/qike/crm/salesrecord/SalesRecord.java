package io.qike.crm.salesrecord;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A sales record (销售记录): one follow-up on a customer; a field visit (外勤) made by a check-in has its {@code place}, else null. */
public record SalesRecord(long id, long customerId, Long contactId, String contactName, String type, String content,
                          OffsetDateTime occurredAt, long ownerId, String ownerName, List<Attachment> attachments,
                          Map<String, Object> custom, OffsetDateTime createdAt, Place place) {

    public record Attachment(long id, String fileName, String contentType, long sizeBytes) {
    }
}
