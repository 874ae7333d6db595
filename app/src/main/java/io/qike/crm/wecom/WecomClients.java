package io.qike.crm.wecom;

import io.qike.crm.platform.TenantContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import org.springframework.stereotype.Component;

/**
 * WxJava clients of an enterprise's corp, one per secret (each secret has its own access token and reaches its
 * own APIs). A client is built once per enterprise and secret and kept, so its token is reused until it expires
 * (WxJava renews it on 40014/42001); a saved connection (a new {@code updated_at}) rebuilds it. Empty when the
 * enterprise is not connected or that secret is not set.
 */
@Component
public class WecomClients {
    private static final String TENCENT_AUTHORIZE = "https://open.weixin.qq.com/connect/oauth2/authorize";

    private record Key(long tenantId, WecomSecret secret) {
    }

    private record Built(Instant version, WxCpService service) {
    }

    private final WecomConnections connections;
    private final Map<Key, Built> cache = new ConcurrentHashMap<>();

    WecomClients(WecomConnections connections) {
        this.connections = connections;
    }

    /** The clients of one enterprise, for system work outside a request (listeners, tasks). */
    public final class Tenant {
        private final long tenantId;

        private Tenant(long tenantId) {
            this.tenantId = tenantId;
        }

        public Optional<WxCpService> app() {
            return of(WecomSecret.APP);
        }

        public Optional<WxCpService> contacts() {
            return of(WecomSecret.CONTACTS);
        }

        public Optional<WxCpService> customer() {
            return of(WecomSecret.CUSTOMER);
        }

        public Optional<WxCpService> of(WecomSecret secret) {
            return connections.credentials(tenantId).flatMap(c -> service(c, secret));
        }

        public String oauthAuthorizeUrl(String redirectUri, String state) {
            return oauthAuthorizeUrl(redirectUri, state, "snsapi_base");
        }

        /**
         * The WeCom login page for the H5 entry. WxJava hard-codes open.weixin.qq.com; a base URL that is not
         * Tencent's (the sandbox, a proxy) serves the page itself under {@code /connect/oauth2/authorize}.
         */
        public String oauthAuthorizeUrl(String redirectUri, String state, String scope) {
            Credentials c = connections.credentials(tenantId).orElseThrow(() -> new IllegalStateException("WeCom is not connected"));
            String host = WecomConnection.TENCENT_BASE_URL.equals(c.baseUrl()) ? TENCENT_AUTHORIZE
                    : c.baseUrl() + "/connect/oauth2/authorize";
            return host + "?appid=" + enc(c.corpId()) + "&redirect_uri=" + enc(redirectUri) + "&response_type=code&scope="
                    + enc(scope) + (state == null ? "" : "&state=" + enc(state))
                    + (c.agentId() == null ? "" : "&agentid=" + c.agentId()) + "#wechat_redirect";
        }
    }

    public Tenant forTenant(long tenantId) {
        return new Tenant(tenantId);
    }

    public Optional<WxCpService> app() {
        return current().app();
    }

    public Optional<WxCpService> contacts() {
        return current().contacts();
    }

    public Optional<WxCpService> customer() {
        return current().customer();
    }

    public String oauthAuthorizeUrl(String redirectUri, String state) {
        return current().oauthAuthorizeUrl(redirectUri, state);
    }

    /** A client that is not kept, for trying secrets (test connection, diagnosis) without disturbing the cached ones' tokens. */
    Optional<WxCpService> fresh(long tenantId, WecomSecret secret) {
        return connections.credentials(tenantId).filter(c -> c.secret(secret) != null).map(c -> build(c, secret));
    }

    /** Like {@link #fresh(long, WecomSecret)} with another secret of the corp in {@code kind}'s place (会话留存's 自建应用 Secret). */
    Optional<WxCpService> fresh(long tenantId, WecomSecret kind, String secret) {
        return connections.credentials(tenantId).map(c -> build(c, kind, secret));
    }

    private Tenant current() {
        Long tenantId = TenantContext.currentTenantId();
        if (tenantId == null) throw new IllegalStateException("No tenant: use WecomClients.forTenant(tenantId)");
        return forTenant(tenantId);
    }

    private Optional<WxCpService> service(Credentials c, WecomSecret secret) {
        if (c.secret(secret) == null) return Optional.empty();
        Key key = new Key(c.tenantId(), secret);
        Built built = cache.compute(key, (k, old) -> old != null && Objects.equals(old.version(), c.updatedAt()) ? old
                : new Built(c.updatedAt(), build(c, secret)));
        return Optional.of(built.service());
    }

    private static WxCpService build(Credentials c, WecomSecret secret) {
        return build(c, secret, c.secret(secret));
    }

    private static WxCpService build(Credentials c, WecomSecret secret, String value) {
        WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
        config.setCorpId(c.corpId());
        config.setCorpSecret(value);
        if (secret == WecomSecret.APP) config.setAgentId(c.agentId());
        config.setBaseApiUrl(c.baseUrl());
        WxCpServiceImpl service = new WxCpServiceImpl();
        service.setWxCpConfigStorage(config);
        // WeCom's "system busy" (-1) is retried by the caller's own schedule, not by sleeping in a request.
        service.setMaxRetryTimes(1);
        service.setRetrySleepMillis(200);
        return service;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
