package io.qike.crm.customer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one import checked so far by {@link CustomerImport}, and what later rows must not
 * repeat. Good rows wait here until a writer takes them ({@link CustomerImport#insertChecked}),
 * possibly on another thread while later rows are still being checked, hence the lock around the
 * hand-over. Once a row has a problem nothing will be kept: the import is going to be rolled back.
 */
public final class CustomerBatch {
    private List<CustomerValues> pending = new ArrayList<>();
    final Map<String, Integer> creditCodes = new HashMap<>();
    final Map<String, Integer> uniqueValues = new HashMap<>();
    /** Active users of the tenant and their departments, loaded by the first check. */
    volatile Map<Long, Long> departments;
    private volatile boolean failed;

    CustomerBatch() {
    }

    synchronized void keep(CustomerValues values) {
        if (!failed) pending.add(values);
    }

    synchronized List<CustomerValues> take() {
        List<CustomerValues> taken = pending;
        pending = new ArrayList<>();
        return taken;
    }

    synchronized void fail() {
        failed = true;
        pending.clear();
    }

    /** True once any row had a problem; such a batch must not be committed. */
    public boolean failed() {
        return failed;
    }
}
