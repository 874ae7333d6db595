package io.qike.crm.salesrecord;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A sales record (销售记录): one follow-up on a customer, or on a lead before it became one ({@code customerId} null,
 * {@code leadId} set; a converted lead's records keep their {@code leadId} as where they came from). A field visit
 * (外勤) made by a check-in has its {@code place}, else null. {@code nextFollowUpAt} is the 下次跟进时间 planned with it.
 */
public record SalesRecord(long id, Long customerId, Long contactId, String contactName, String type, String content,
                          OffsetDateTime occurredAt, long ownerId, String ownerName, List<Attachment> attachments,
                          Map<String, Object> custom, OffsetDateTime createdAt, Place place, Long leadId,
                          OffsetDateTime nextFollowUpAt) {

    public record Attachment(long id, String fileName, String contentType, long sizeBytes) {
    }
}
