package io.qike.crm.archive.source;

/** A call of the archive source that failed: {@code reason} as in {@link ChatSlice}, plus the SDK's ret if it gave one. */
public class ArchiveSourceException extends RuntimeException {
    private final String reason;
    private final Integer ret;

    public ArchiveSourceException(String reason, Integer ret, String message) {
        super(message);
        this.reason = reason;
        this.ret = ret;
    }

    public String reason() {
        return reason;
    }

    public Integer ret() {
        return ret;
    }
}
