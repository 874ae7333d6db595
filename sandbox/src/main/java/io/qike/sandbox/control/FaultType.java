package io.qike.sandbox.control;

/** What a {@link Fault} does to the calls it matches. */
public enum FaultType {
    /** Waits {@code millis} before answering normally. */
    LATENCY,
    /** Waits {@code millis} (default 60 s), long enough for any sane client timeout, then answers normally. */
    TIMEOUT,
    /** Answers with HTTP status {@code httpStatus} (5xx) and an HTML error page, as a failing gateway does. */
    HTTP_ERROR,
    /** Answers HTTP 200 with a JSON document cut off in the middle. */
    MALFORMED_JSON,
    /** Answers HTTP 200 with the provider's envelope carrying status {@code code} and no data. */
    BODY_CODE,
    /** Answers as if the key's daily quota were used up (企查查 116, 天眼查 300007, 启信宝 213). */
    QUOTA_EXHAUSTED
}
