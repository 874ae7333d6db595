package io.qike.sandbox.control;

/**
 * A key a simulator accepts. For 天眼查 the key is the token and {@code secret} is null.
 *
 * @param dailyLimit calls per day for this key; null: the configured default
 * @param qps        calls per second for this key; null: the configured default
 */
public record Credential(Provider provider, String key, String secret, Long dailyLimit, Integer qps) {

    public Credential {
        if (provider == null || key == null || key.isBlank()) {
            throw new IllegalArgumentException("provider and key are required");
        }
        if (provider != Provider.TIANYANCHA && (secret == null || secret.isEmpty())) {
            throw new IllegalArgumentException(provider.id() + " credentials need a secret");
        }
    }

    public static Credential of(Provider provider, String key, String secret) {
        return new Credential(provider, key, secret, null, null);
    }
}
