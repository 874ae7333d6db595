package io.qike.crm.salesrecord;

import java.time.OffsetDateTime;

/**
 * One entry of 工作圈: a sales record (a field visit among them, with its place) or a share. {@code kind} is RECORD or
 * SHARE; {@code type} the record's type (VISIT, CALL, …), null for a share; {@code customerId} null for a share about no customer.
 */
public record FeedItem(String kind, long id, OffsetDateTime at, long ownerId, String ownerName, Long customerId,
                       String customerName, String type, String content, Place place) {

    FeedItem named(String owner, String customer) {
        return new FeedItem(kind, id, at, ownerId, owner, customerId, customer, type, content, place);
    }

    public boolean visit() {
        return "VISIT".equals(type);
    }
}
