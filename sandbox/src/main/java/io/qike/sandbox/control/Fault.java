package io.qike.sandbox.control;

/**
 * A fault injected into one provider's simulator.
 *
 * @param id         assigned by {@link FaultRegistry#add(Fault)}; 0 before
 * @param key        the key / token / appkey it applies to, or "*" for every key
 * @param endpoint   endpoint path without prefix and leading slash (e.g. "FuzzySearch/GetList"), or "*"
 * @param millis     delay for LATENCY and TIMEOUT
 * @param httpStatus status for HTTP_ERROR
 * @param code       body status code for BODY_CODE
 * @param times      how many matching calls it affects before it expires; null: until cleared
 */
public record Fault(long id, Provider provider, String key, String endpoint, FaultType type,
                    long millis, int httpStatus, String code, Integer times) {

    public static final String ANY = "*";
    static final long DEFAULT_TIMEOUT_MILLIS = 60_000;

    public Fault {
        if (provider == null || type == null) {
            throw new IllegalArgumentException("provider and type are required");
        }
        key = key == null || key.isEmpty() ? ANY : key;
        endpoint = endpoint == null || endpoint.isEmpty() ? ANY : endpoint.startsWith("/") ? endpoint.substring(1) : endpoint;
        if (type == FaultType.TIMEOUT && millis <= 0) {
            millis = DEFAULT_TIMEOUT_MILLIS;
        }
        if ((type == FaultType.LATENCY || type == FaultType.TIMEOUT) && millis <= 0) {
            throw new IllegalArgumentException(type + " needs millis > 0");
        }
        if (type == FaultType.HTTP_ERROR && (httpStatus < 500 || httpStatus > 599)) {
            throw new IllegalArgumentException("HTTP_ERROR needs an httpStatus between 500 and 599");
        }
        if (type == FaultType.BODY_CODE && (code == null || code.isBlank())) {
            throw new IllegalArgumentException("BODY_CODE needs a code");
        }
        if (times != null && times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
    }

    public static Fault latency(Provider provider, String key, String endpoint, long millis) {
        return new Fault(0, provider, key, endpoint, FaultType.LATENCY, millis, 0, null, null);
    }

    public static Fault timeout(Provider provider, String key, String endpoint) {
        return new Fault(0, provider, key, endpoint, FaultType.TIMEOUT, DEFAULT_TIMEOUT_MILLIS, 0, null, null);
    }

    public static Fault httpError(Provider provider, String key, String endpoint, int httpStatus) {
        return new Fault(0, provider, key, endpoint, FaultType.HTTP_ERROR, 0, httpStatus, null, null);
    }

    public static Fault malformedJson(Provider provider, String key, String endpoint) {
        return new Fault(0, provider, key, endpoint, FaultType.MALFORMED_JSON, 0, 0, null, null);
    }

    public static Fault bodyCode(Provider provider, String key, String endpoint, String code) {
        return new Fault(0, provider, key, endpoint, FaultType.BODY_CODE, 0, 0, code, null);
    }

    public static Fault quotaExhausted(Provider provider, String key, String endpoint) {
        return new Fault(0, provider, key, endpoint, FaultType.QUOTA_EXHAUSTED, 0, 0, null, null);
    }

    /** The same fault, expiring after {@code n} matching calls. */
    public Fault times(int n) {
        return new Fault(id, provider, key, endpoint, type, millis, httpStatus, code, n);
    }

    Fault withId(long newId) {
        return new Fault(newId, provider, key, endpoint, type, millis, httpStatus, code, times);
    }

    boolean matches(Provider p, String callKey, String callEndpoint) {
        return provider == p && (key.equals(ANY) || key.equals(callKey))
                && (endpoint.equals(ANY) || endpoint.equals(callEndpoint));
    }
}
