package io.qike.crm.integration.web;

import io.qike.crm.integration.CodeMessage;

/** A provider's result code on the interface form: its message and whether a retry may help. */
public class CodeRow {
    private String code, message;
    private boolean retryable;

    static CodeRow of(CodeMessage c) {
        CodeRow r = new CodeRow();
        r.code = c.code();
        r.message = c.message();
        r.retryable = c.retryable();
        return r;
    }

    boolean isBlank() {
        return (code == null || code.isBlank()) && (message == null || message.isBlank());
    }

    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getMessage() { return message; }
    public void setMessage(String v) { message = v; }
    public boolean isRetryable() { return retryable; }
    public void setRetryable(boolean v) { retryable = v; }
}
