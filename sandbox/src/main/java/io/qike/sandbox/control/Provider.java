package io.qike.sandbox.control;

import java.util.Locale;

/** The simulated registry providers; {@link #id()} is the name used in paths, JSON and properties. */
public enum Provider {
    QICHACHA("qichacha"),
    TIANYANCHA("tianyancha"),
    QIXIN("qixin");

    private final String id;

    Provider(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Parses "qichacha", "QICHACHA", ...; throws IllegalArgumentException listing the valid ids. */
    public static Provider of(String id) {
        if (id != null) {
            String wanted = id.trim().toLowerCase(Locale.ROOT);
            for (Provider p : values()) {
                if (p.id.equals(wanted)) {
                    return p;
                }
            }
        }
        throw new IllegalArgumentException("unknown provider '" + id + "', expected qichacha, tianyancha or qixin");
    }
}
