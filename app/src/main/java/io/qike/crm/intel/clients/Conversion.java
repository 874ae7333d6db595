package io.qike.crm.intel.clients;

import java.util.List;

/**
 * What turning companies into customers did, per company: CREATED (with the new id), EXISTING (already our
 * customer, nothing created), or FAILED (with the problem's code, such as duplicate_credit_code).
 */
public record Conversion(List<Outcome> outcomes) {
    public enum Result { CREATED, EXISTING, FAILED }

    public record Outcome(String name, String keyNo, Result result, Long customerId, String code) {
    }

    public long count(Result r) {
        return outcomes.stream().filter(o -> o.result() == r).count();
    }
}
