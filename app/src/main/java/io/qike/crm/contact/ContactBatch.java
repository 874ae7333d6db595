package io.qike.crm.contact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rows of one contact import checked so far by {@link ContactImport}; dropped once any row has a problem. */
public final class ContactBatch {
    /** A checked contact in stored form. */
    record Values(Long customerId, String name, String mobile, String email, String title, long ownerId, String customJson) {
    }

    final List<Values> values = new ArrayList<>();
    final Map<String, Integer> uniqueValues = new HashMap<>();
    boolean failed;

    ContactBatch() {
    }

    void fail() {
        failed = true;
        values.clear();
    }

    public boolean failed() {
        return failed;
    }

    public int size() {
        return values.size();
    }
}
