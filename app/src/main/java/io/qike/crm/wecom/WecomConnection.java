package io.qike.crm.wecom;

import java.time.Instant;

/**
 * An enterprise's connection to its WeCom corp as everyone may see it: which secrets are set, never the
 * secrets themselves (they stay sealed in the database and reach only {@link WecomClients}).
 */
public record WecomConnection(long tenantId, String corpId, Integer agentId, String baseUrl,
                              boolean hasAgentSecret, boolean hasContactsSecret, boolean hasCustomerSecret,
                              boolean hasCallbackToken, boolean hasEncodingAesKey,
                              Instant updatedAt, Instant callbackVerifiedAt) {
    /** Tencent's API host; any other base URL is a simulator or a proxy. */
    public static final String TENCENT_BASE_URL = "https://qyapi.weixin.qq.com";

    public boolean callbackReady() {
        return hasCallbackToken && hasEncodingAesKey;
    }
}
