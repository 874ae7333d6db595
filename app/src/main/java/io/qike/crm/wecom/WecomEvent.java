package io.qike.crm.wecom;

import java.time.Instant;
import java.util.Map;

/** One decrypted callback event: its type (Event), ChangeType, every XML element by name, and the XML itself. */
public record WecomEvent(long id, long tenantId, String corpId, String event, String changeType, Map<String, String> fields,
                         String xml, Instant receivedAt) {
}
