package io.qike.crm.customer;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Test participant: fails a merge half-way when it moves the rows of a customer a test named in {@link #FAIL_FROM}. */
@Component
class FailingMergeParticipant implements CustomerMergeParticipant {
    static final Set<Long> FAIL_FROM = ConcurrentHashMap.newKeySet();

    @Override
    public void moveTo(long from, long into) {
        if (FAIL_FROM.contains(from)) throw new IllegalStateException("participant failed for customer " + from);
    }
}
