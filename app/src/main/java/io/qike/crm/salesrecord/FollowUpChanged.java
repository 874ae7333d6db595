package io.qike.crm.salesrecord;

import java.time.OffsetDateTime;

/**
 * A saved sales record's 下次跟进时间 was set, moved or cleared ({@code at} null) by an edit, or the record was deleted. Published in the record's
 * transaction; the to-do module moves (or removes) the author's to-do 跟进客户 from it, reading the record's current plan
 * through {@link PlannedFollowUps} so that events handled out of order end in the same to-do.
 */
public record FollowUpChanged(long tenantId, long recordId, long ownerId, OffsetDateTime at) {
}
