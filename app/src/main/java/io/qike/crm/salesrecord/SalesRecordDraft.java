package io.qike.crm.salesrecord;

import java.util.Map;

/** What a user submits for a sales record; {@code occurredAt} is ISO date-time text, default now. */
public record SalesRecordDraft(Long customerId, Long contactId, String type, String content, String occurredAt,
                               Map<String, Object> custom) {
}
