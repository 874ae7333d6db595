package io.qike.crm.platform;

import java.util.Map;

/** The request clashes with existing data, such as a duplicate credit code; {@code details} names it. */
public class ConflictException extends RuntimeException {
    private final String code;
    private final String messageKey;
    private final Map<String, Object> details;

    public ConflictException(String code, String messageKey, Map<String, Object> details) {
        super(code);
        this.code = code;
        this.messageKey = messageKey;
        this.details = Map.copyOf(details);
    }

    public String code() { return code; }
    public String messageKey() { return messageKey; }
    public Map<String, Object> details() { return details; }
}
