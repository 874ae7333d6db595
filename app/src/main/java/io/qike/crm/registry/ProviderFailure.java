package io.qike.crm.registry;

/**
 * A provider such as 企查查 (or the integration centre on its behalf) refused or failed a call; answered
 * as problem+json by {@link ProviderProblems}. {@code code} is Qike's stable code
 * ({@code provider_error}, {@code provider_busy}, {@code plan_violation}, or an integration outcome such as
 * {@code budget_exhausted}); the provider's code and message are kept for the administrator, with the run log
 * entry that holds the whole exchange.
 */
public class ProviderFailure extends RuntimeException {
    private final String code;
    private final String providerCode;
    private final String providerMessage;
    private final String clearMessage;
    private final Long runId;

    public ProviderFailure(String code, String providerCode, String providerMessage, String clearMessage, Long runId) {
        super(code + (providerCode == null ? "" : " " + providerCode) + (providerMessage == null ? "" : ": " + providerMessage));
        this.code = code;
        this.providerCode = providerCode;
        this.providerMessage = providerMessage;
        this.clearMessage = clearMessage;
        this.runId = runId;
    }

    public String code() { return code; }
    public String providerCode() { return providerCode; }
    public String providerMessage() { return providerMessage; }
    /** The message configured for the provider code (already in the user's language), or null. */
    public String clearMessage() { return clearMessage; }
    public Long runId() { return runId; }

    /** Worth asking again later: 企查查 was busy, or the integration centre held the call back for a while. */
    public boolean retryable() {
        return switch (code) {
            case "provider_busy", "rate_limited", "concurrency_limited", "circuit_open", "timeout", "network_error", "http_error" -> true;
            default -> false;
        };
    }

    /** The HTTP status for the API: 503 for "later", 500 for our own bug, 502 for the provider's refusal. */
    public int httpStatus() {
        if (code.equals("plan_violation")) return 500;
        return retryable() ? 503 : 502;
    }
}
