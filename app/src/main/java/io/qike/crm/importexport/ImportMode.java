package io.qike.crm.importexport;

import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;

/**
 * How an import treats bad rows: all or nothing (nothing is imported while any row is wrong, the
 * default) or partial (the good rows are imported, the bad ones skipped and reported).
 */
public enum ImportMode {
    ALL_OR_NOTHING, PARTIAL;

    /** Parses a form or API value; none means all or nothing, an unknown one is bad input. */
    public static ImportMode parse(String value) {
        if (value == null || value.isBlank()) return ALL_OR_NOTHING;
        for (ImportMode m : values()) {
            if (m.name().equalsIgnoreCase(value.trim())) return m;
        }
        throw new InvalidInputException(FieldProblem.of("mode", "invalid_option"));
    }
}
