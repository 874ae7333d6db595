package io.qike.crm.integration;

/**
 * How a connection proves who it is to the outside service. {@code key} and {@code secret} are the
 * connection's two stored credentials; which of them a scheme uses is stated per constant.
 */
public enum AuthScheme {
    /** No credentials. */
    NONE(false, false),
    /** The secret in a query parameter named by {@code authParam} (default {@code key}). */
    QUERY_KEY(false, true),
    /** The secret in a header named by {@code authParam} (default {@code Authorization}), raw, as Tianyancha wants it. */
    HEADER_KEY(false, true),
    /** Qichacha: query {@code key}; headers {@code Token} = upper-case MD5(key + Timespan + secret), {@code Timespan} = Unix seconds. */
    QICHACHA_TOKEN(true, true),
    /** Qixin Auth-Version 2.0: headers {@code appkey}, {@code timestamp} (ms), {@code sign} = MD5(appkey + timestamp + secret). */
    QIXIN_SIGN(true, true),
    /** HTTP Basic: key = user name, secret = password. */
    BASIC(true, true),
    /** {@code Authorization: Bearer <secret>}. */
    BEARER(false, true);

    private final boolean needsKey;
    private final boolean needsSecret;

    AuthScheme(boolean needsKey, boolean needsSecret) {
        this.needsKey = needsKey;
        this.needsSecret = needsSecret;
    }

    public boolean needsKey() {
        return needsKey;
    }

    public boolean needsSecret() {
        return needsSecret;
    }

    /** The parameter or header name used when the connection does not name one. */
    public String defaultParam() {
        return switch (this) {
            case QUERY_KEY -> "key";
            case HEADER_KEY -> "Authorization";
            default -> null;
        };
    }
}
