package io.qike.crm.registry;

import io.qike.crm.integration.AuthScheme;
import io.qike.crm.integration.ConnectionDraft;
import io.qike.crm.integration.ConnectionLimits;
import io.qike.crm.integration.ConnectorDraft;
import java.util.Locale;
import java.util.Optional;

/**
 * The commercial registry providers Qike has presets for. Each owns one connector on the integration
 * centre (found again by {@link #presetKey()}), so every module that calls the same provider — the
 * registry lookups here, the 企查查 relationship data in {@code intel} — shares one key, one budget,
 * one QPS limit and one ledger.
 */
public enum RegistryProvider {
    QIXIN("https://api.qixin.com", AuthScheme.QIXIN_SIGN, true),
    TIANYANCHA("http://open.api.tianyancha.com", AuthScheme.HEADER_KEY, false),
    QICHACHA("https://api.qichacha.com", AuthScheme.QICHACHA_TOKEN, true);

    private final String defaultBaseUrl;
    private final AuthScheme authScheme;
    private final boolean hasSecret;

    RegistryProvider(String defaultBaseUrl, AuthScheme authScheme, boolean hasSecret) {
        this.defaultBaseUrl = defaultBaseUrl;
        this.authScheme = authScheme;
        this.hasSecret = hasSecret;
    }

    /** The lower-case name used in URLs and the API: {@code qixin}, {@code tianyancha}, {@code qichacha}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RegistryProvider> ofCode(String code) {
        if (code == null) return Optional.empty();
        for (RegistryProvider p : values()) if (p.code().equalsIgnoreCase(code.trim())) return Optional.of(p);
        return Optional.empty();
    }

    /** The provider's real API host, prefilled on the settings page and editable. */
    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    public AuthScheme authScheme() {
        return authScheme;
    }

    /** Whether the provider issues a secret besides the key (企查查 SecretKey, 启信宝 secret); 天眼查 has one token. */
    public boolean hasSecret() {
        return hasSecret;
    }

    /** The identity of this provider's generated connector in a tenant. */
    public String presetKey() {
        return "provider." + code();
    }

    /** Message-bundle key of the provider's display name (启信宝 / 天眼查 / 企查查). */
    public String labelKey() {
        return "registry.provider." + code();
    }

    public ConnectorDraft connector(String name, String description) {
        return new ConnectorDraft(name, description);
    }

    /**
     * The connection as the admin entered it. For 天眼查 the token is the connection's secret, sent raw
     * in {@code Authorization}; for the signed schemes the key is the app key and the secret signs.
     * A null key or secret keeps what is stored.
     */
    public ConnectionDraft connection(String name, String baseUrl, String apiKey, String secretKey, ConnectionLimits limits) {
        String url = baseUrl == null || baseUrl.isBlank() ? defaultBaseUrl : baseUrl.trim();
        return switch (this) {
            case TIANYANCHA -> new ConnectionDraft(null, name, url, authScheme, "Authorization", null, apiKey, limits, true);
            case QIXIN, QICHACHA -> new ConnectionDraft(null, name, url, authScheme, null, apiKey, secretKey, limits, true);
        };
    }
}
