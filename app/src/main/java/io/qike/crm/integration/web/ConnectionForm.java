package io.qike.crm.integration.web;

import io.qike.crm.integration.AuthScheme;
import io.qike.crm.integration.Connection;
import io.qike.crm.integration.ConnectionDraft;
import io.qike.crm.integration.ConnectionLimits;
import io.qike.crm.platform.validation.Text;
import java.math.BigDecimal;

/** The connection form: credentials are password fields, left empty to keep the stored ones. */
public class ConnectionForm {
    private Long connectorId;
    private String name, baseUrl, authParam, key, secret;
    private AuthScheme authScheme = AuthScheme.NONE;
    private boolean enabled = true;
    private Integer connectTimeoutMs, readTimeoutMs, maxRetries, retryDelayMs, qps, maxConcurrent, maxResponseBytes, dailyBudget,
            breakerWindow, breakerFailureRate, breakerOpenSeconds;
    private BigDecimal costPerCall;

    static ConnectionForm blank(long connectorId) {
        ConnectionForm f = of(ConnectionLimits.DEFAULTS);
        f.connectorId = connectorId;
        return f;
    }

    static ConnectionForm of(Connection c) {
        ConnectionForm f = of(c.limits());
        f.connectorId = c.connectorId(); f.name = c.name(); f.baseUrl = c.baseUrl(); f.authScheme = c.authScheme();
        f.authParam = c.authParam(); f.enabled = c.enabled();
        return f;
    }

    private static ConnectionForm of(ConnectionLimits l) {
        ConnectionForm f = new ConnectionForm();
        f.connectTimeoutMs = l.connectTimeoutMs(); f.readTimeoutMs = l.readTimeoutMs(); f.maxRetries = l.maxRetries();
        f.retryDelayMs = l.retryDelayMs(); f.qps = l.qps(); f.maxConcurrent = l.maxConcurrent(); f.maxResponseBytes = l.maxResponseBytes();
        f.dailyBudget = l.dailyBudget(); f.costPerCall = l.costPerCall(); f.breakerWindow = l.breakerWindow();
        f.breakerFailureRate = l.breakerFailureRate(); f.breakerOpenSeconds = l.breakerOpenSeconds();
        return f;
    }

    ConnectionDraft toDraft() {
        return new ConnectionDraft(connectorId, name, baseUrl, authScheme, authParam, Text.isBlank(key) ? null : key,
                Text.isBlank(secret) ? null : secret, new ConnectionLimits(connectTimeoutMs, readTimeoutMs, maxRetries, retryDelayMs,
                qps, maxConcurrent, maxResponseBytes, dailyBudget, costPerCall, breakerWindow, breakerFailureRate, breakerOpenSeconds),
                enabled);
    }

    /** The limit fields in display order, for the form's grid. */
    public java.util.Map<String, Object> limitValues() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("connectTimeoutMs", connectTimeoutMs); m.put("readTimeoutMs", readTimeoutMs); m.put("maxRetries", maxRetries);
        m.put("retryDelayMs", retryDelayMs); m.put("qps", qps); m.put("maxConcurrent", maxConcurrent);
        m.put("maxResponseBytes", maxResponseBytes); m.put("dailyBudget", dailyBudget); m.put("costPerCall", costPerCall);
        m.put("breakerWindow", breakerWindow); m.put("breakerFailureRate", breakerFailureRate); m.put("breakerOpenSeconds", breakerOpenSeconds);
        return m;
    }

    public Long getConnectorId() { return connectorId; }
    public void setConnectorId(Long v) { connectorId = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String v) { baseUrl = v; }
    public AuthScheme getAuthScheme() { return authScheme; }
    public void setAuthScheme(AuthScheme v) { authScheme = v; }
    public String getAuthParam() { return authParam; }
    public void setAuthParam(String v) { authParam = v; }
    /** Never rendered back into the page: the form shows hints instead. */
    public String getKey() { return null; }
    public void setKey(String v) { key = v; }
    public String getSecret() { return null; }
    public void setSecret(String v) { secret = v; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean v) { enabled = v; }
    public Integer getConnectTimeoutMs() { return connectTimeoutMs; }
    public void setConnectTimeoutMs(Integer v) { connectTimeoutMs = v; }
    public Integer getReadTimeoutMs() { return readTimeoutMs; }
    public void setReadTimeoutMs(Integer v) { readTimeoutMs = v; }
    public Integer getMaxRetries() { return maxRetries; }
    public void setMaxRetries(Integer v) { maxRetries = v; }
    public Integer getRetryDelayMs() { return retryDelayMs; }
    public void setRetryDelayMs(Integer v) { retryDelayMs = v; }
    public Integer getQps() { return qps; }
    public void setQps(Integer v) { qps = v; }
    public Integer getMaxConcurrent() { return maxConcurrent; }
    public void setMaxConcurrent(Integer v) { maxConcurrent = v; }
    public Integer getMaxResponseBytes() { return maxResponseBytes; }
    public void setMaxResponseBytes(Integer v) { maxResponseBytes = v; }
    public Integer getDailyBudget() { return dailyBudget; }
    public void setDailyBudget(Integer v) { dailyBudget = v; }
    public BigDecimal getCostPerCall() { return costPerCall; }
    public void setCostPerCall(BigDecimal v) { costPerCall = v; }
    public Integer getBreakerWindow() { return breakerWindow; }
    public void setBreakerWindow(Integer v) { breakerWindow = v; }
    public Integer getBreakerFailureRate() { return breakerFailureRate; }
    public void setBreakerFailureRate(Integer v) { breakerFailureRate = v; }
    public Integer getBreakerOpenSeconds() { return breakerOpenSeconds; }
    public void setBreakerOpenSeconds(Integer v) { breakerOpenSeconds = v; }
}
