package io.qike.crm.wecom;

/**
 * What an administrator sends to connect: any field left out (null) keeps its stored value, so the corp id, the
 * app's agent id and secret and the callback token and key alone are enough to verify the callback URL before
 * the other secrets exist. Secrets are write-only.
 */
public record WecomConnectionDraft(String corpId, Integer agentId, String agentSecret, String contactsSecret,
                                   String customerSecret, String callbackToken, String encodingAesKey, String baseUrl) {
    @Override
    public String toString() {
        return "WecomConnectionDraft[corpId=" + corpId + ", agentId=" + agentId + ", baseUrl=" + baseUrl + "]";
    }
}
