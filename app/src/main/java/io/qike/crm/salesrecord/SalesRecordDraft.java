package io.qike.crm.salesrecord;

import java.util.Map;

/**
 * What a user submits for a sales record, on a customer ({@code customerId}) or on a lead ({@code leadId}): exactly one
 * of the two. {@code occurredAt} is ISO date-time text, default now. {@code nextFollowUpAt} (下次跟进时间, optional, the
 * same kind of text) plans the next follow-up: a to-do for the author then; on a change, null keeps the planned one and
 * blank text clears it.
 */
public record SalesRecordDraft(Long customerId, Long contactId, String type, String content, String occurredAt,
                               Map<String, Object> custom, String nextFollowUpAt, Long leadId) {

    public SalesRecordDraft(Long customerId, Long contactId, String type, String content, String occurredAt, Map<String, Object> custom) {
        this(customerId, contactId, type, content, occurredAt, custom, null, null);
    }

    public SalesRecordDraft(Long customerId, Long contactId, String type, String content, String occurredAt, Map<String, Object> custom,
                            String nextFollowUpAt) {
        this(customerId, contactId, type, content, occurredAt, custom, nextFollowUpAt, null);
    }
}
