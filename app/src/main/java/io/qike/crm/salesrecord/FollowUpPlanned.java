package io.qike.crm.salesrecord;

import java.time.OffsetDateTime;

/**
 * A sales record was saved with a 下次跟进时间 ({@code at}): its author means to follow the customer up then. Published
 * in the record's transaction; the to-do module makes the author the to-do 跟进客户 from it.
 */
public record FollowUpPlanned(long tenantId, long recordId, long customerId, long ownerId, OffsetDateTime at) {
}
