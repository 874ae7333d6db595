package io.qike.crm.customer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one import checked so far by {@link CustomerImport}: the good ones in stored form,
 * and what later rows must not repeat. Once a row has a problem nothing will be inserted, so the
 * good rows are dropped to keep a large failing file from holding memory.
 */
public final class CustomerBatch {
    final List<CustomerValues> values = new ArrayList<>();
    final Map<String, Integer> creditCodes = new HashMap<>();
    final Map<String, Integer> uniqueValues = new HashMap<>();
    /** Active users of the tenant and their departments, loaded once per batch. */
    Map<Long, Long> departments;
    boolean failed;

    CustomerBatch() {
    }

    void fail() {
        failed = true;
        values.clear();
    }

    public boolean failed() {
        return failed;
    }

    /** The rows that passed every check (all of them while the batch has not failed). */
    public int size() {
        return values.size();
    }
}
