package io.qike.crm.salesrecord;

import java.time.OffsetDateTime;

/** A sales record's fields as stored, checked by {@link SalesRecordValidator}; {@code customJson} is JSON text. */
record SalesRecordValues(String type, String content, OffsetDateTime occurredAt, String customJson) {
}
