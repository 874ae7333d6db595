package io.qike.crm.wecom.sidebar;

import io.qike.crm.wecom.WecomCheck;
import io.qike.crm.wecom.WecomCheckResult;
import io.qike.crm.wecom.WecomConnection;
import java.net.URI;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * 聊天工具栏: the sidebar page can be signed (the app's agent ticket is issued and signs the page's address), and its
 * host is one WeCom accepts as the app's 可信域名. WeCom does not tell which domains are trusted; a wrong one shows in
 * the client as a failed wx.agentConfig and at sign-in as errcode 50001, so the check names the host to set.
 */
@Component
class SidebarDomainCheck implements WecomCheck {
    private static final Pattern NOT_A_DOMAIN = Pattern.compile("localhost|[0-9.]+|\\[?[0-9a-fA-F:]+]?");
    private final SidebarSignatures signatures;

    SidebarDomainCheck(SidebarSignatures signatures) {
        this.signatures = signatures;
    }

    @Override
    public String id() {
        return "50-sidebar";
    }

    @Override
    public String labelKey() {
        return "wecom.check.sidebar";
    }

    @Override
    public WecomCheckResult run(WecomConnection c) {
        String page = publicBaseUrl() + "/wecom/sidebar";
        try {
            signatures.sign(page);
        } catch (SidebarUnavailableException e) {
            return WecomCheckResult.fail(e.messageKey(), e.actionKey(), e.args());
        }
        String host = URI.create(page).getHost();
        if (WecomConnection.TENCENT_BASE_URL.equals(c.baseUrl()) && NOT_A_DOMAIN.matcher(host).matches()) {
            return WecomCheckResult.warn("wecom.check.sidebar.notDomain", "wecom.check.sidebar.notDomain.action", host);
        }
        return WecomCheckResult.ok("wecom.check.sidebar.ok", host, page);
    }

    /** How members' browsers reach this Qike: the address of the request that runs the diagnosis. */
    private static String publicBaseUrl() {
        if (RequestContextHolder.getRequestAttributes() == null) return "http://localhost";
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
