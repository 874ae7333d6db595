package io.qike.crm.contact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one contact import checked so far by {@link ContactImport}; good rows wait here for
 * a writer (possibly on another thread), and nothing is kept once any row had a problem.
 */
public final class ContactBatch {
    /** A checked contact in stored form. */
    record Values(Long customerId, String name, String mobile, String email, String title, long ownerId, String customJson) {
    }

    private List<Values> pending = new ArrayList<>();
    final Map<String, Integer> uniqueValues = new HashMap<>();
    private volatile boolean failed;

    ContactBatch() {
    }

    synchronized void keep(Values values) {
        if (!failed) pending.add(values);
    }

    synchronized List<Values> take() {
        List<Values> taken = pending;
        pending = new ArrayList<>();
        return taken;
    }

    synchronized void fail() {
        failed = true;
        pending.clear();
    }

    public boolean failed() {
        return failed;
    }
}
