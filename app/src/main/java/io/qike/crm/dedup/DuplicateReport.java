package io.qike.crm.dedup;

import java.util.List;

/** The outcome of a duplicate check: a blocking exact match on the credit code, and similar names. */
public record DuplicateReport(DuplicateCandidate sameCreditCode, List<DuplicateCandidate> similarNames) {
    public boolean blocked() {
        return sameCreditCode != null;
    }

    public boolean hasWarnings() {
        return !similarNames.isEmpty();
    }
}
