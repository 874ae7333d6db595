package io.qike.crm.wecom.sidebar;

import io.qike.crm.wecom.WecomConnection;
import io.qike.crm.wecom.WecomConnections;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which JS-SDK script the sidebar page loads, and the page's Content-Security-Policy that lets exactly that script's
 * host in (for this page only). With Tencent's servers it is Tencent's jweixin-1.2.0.js, which inside the WeCom
 * client also carries wx.agentConfig; with a simulator (the embedded sandbox) it is the simulator's stand-in, which
 * answers from the simulated client and checks signatures with its server, so it may also connect there.
 * {@code qike.wecom.jssdk-url} names another script (a mirror) for every enterprise.
 */
@Component
public class SidebarScript {
    static final String TENCENT_JSSDK = "https://res.wx.qq.com/open/js/jweixin-1.2.0.js";
    static final String STAND_IN_PATH = "/jssdk/jweixin.js";
    private static final String POLICY = "default-src 'self'; script-src 'self'%s; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'%s; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private final WecomConnections connections;
    private final String configured;

    SidebarScript(WecomConnections connections, @Value("${qike.wecom.jssdk-url:}") String configured) {
        this.connections = connections;
        this.configured = configured;
    }

    /** The script for the current enterprise's connection. */
    public String url() {
        if (!configured.isBlank()) return configured;
        return connections.current().map(WecomConnection::baseUrl)
                .filter(base -> base != null && !WecomConnection.TENCENT_BASE_URL.equals(base))
                .map(base -> base + STAND_IN_PATH).orElse(TENCENT_JSSDK);
    }

    public String policy(String scriptUrl) {
        String origin = origin(scriptUrl);
        String script = origin == null ? "" : " " + origin;
        String connect = origin == null || scriptUrl.equals(TENCENT_JSSDK) ? "" : " " + origin;
        return POLICY.formatted(script, connect);
    }

    /** scheme://host[:port] of an absolute http(s) address; null for a path on this server. */
    static String origin(String url) {
        try {
            URI u = URI.create(url);
            if (u.getHost() == null || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) return null;
            return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
