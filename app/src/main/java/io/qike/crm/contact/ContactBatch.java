package io.qike.crm.contact;

import io.qike.crm.platform.CheckedRows;
import java.util.HashMap;
import java.util.Map;

/** The rows of one contact import checked so far by {@link ContactImport}, and the unique values seen. */
public final class ContactBatch extends CheckedRows<ContactBatch.Values> {
    /** A checked contact in stored form. */
    record Values(Long customerId, String name, String mobile, String email, String title, long ownerId, String customJson) {
    }

    final Map<String, Integer> uniqueValues = new HashMap<>();

    ContactBatch() {
    }
}
