package io.qike.crm.registry.settings;

import java.math.BigDecimal;

/**
 * 初始化动作流: the provider's key (天眼查: the token), its secret (企查查 SecretKey, 启信宝 secret_key),
 * optionally another base URL and the connection's cost controls. A blank key or secret keeps the
 * stored one on a second initialisation. {@code useSandbox} (使用演示沙箱, embedded default only) points
 * the provider at its in-process simulator and fills a blank key and secret with the demo ones.
 */
public record InitializeRequest(String apiKey, String secretKey, String baseUrl, Integer qps, Integer dailyBudget,
                                BigDecimal costPerCall, Boolean useSandbox) {

    /** Never prints the credentials. */
    @Override
    public String toString() {
        return "InitializeRequest[baseUrl=" + baseUrl + ", useSandbox=" + useSandbox + ", qps=" + qps + ", dailyBudget=" + dailyBudget + ", costPerCall="
                + costPerCall + ", apiKey=" + (apiKey == null ? null : "••••") + ", secretKey=" + (secretKey == null ? null : "••••") + "]";
    }
}
