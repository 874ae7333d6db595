package io.qike.crm.wecom.sidebar;

import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.wecom.WecomClients;
import io.qike.crm.wecom.WecomErrors;
import java.net.URI;
import java.util.List;
import me.chanjar.weixin.common.bean.WxJsapiSignature;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.WxCpAgentJsapiSignature;
import org.springframework.stereotype.Component;

/**
 * The JS-SDK signatures of a sidebar page: the agent's (wx.agentConfig, from the app's agent_config ticket) and the
 * corp's (wx.config, from the corp jsapi_ticket), each SHA-1 over {@code jsapi_ticket=…&noncestr=…&timestamp=…&url=…}
 * of the page's address without its #fragment, as the WeCom client computes it. WxJava keeps each ticket until it
 * expires, so a page load does not ask WeCom again (Tencent limits how often tickets may be fetched).
 */
@Component
public class SidebarSignatures {
    static final int MAX_URL_LENGTH = 2048;

    /** One wx.config / wx.agentConfig argument set. */
    public record Signature(String corpId, Integer agentId, long timestamp, String nonceStr, String signature, String url) {
    }

    public record Signatures(Signature agent, Signature corp) {
    }

    private final WecomClients clients;

    SidebarSignatures(WecomClients clients) {
        this.clients = clients;
    }

    public Signatures sign(String pageUrl) {
        String url = pageAddress(pageUrl);
        WxCpService app = clients.app().orElseThrow(() -> new SidebarUnavailableException("wecom.sidebar.notConnected", "wecom.sidebar.notConnected.action"));
        try {
            WxCpAgentJsapiSignature a = app.createAgentJsapiSignature(url);
            WxJsapiSignature c = app.createJsapiSignature(url);
            return new Signatures(new Signature(a.getCorpid(), a.getAgentid(), a.getTimestamp(), a.getNonceStr(), a.getSignature(), url),
                    new Signature(c.getAppId(), null, c.getTimestamp(), c.getNonceStr(), c.getSignature(), url));
        } catch (WxErrorException e) {
            WecomErrors.Advice advice = WecomErrors.of(e.getError().getErrorCode(), e.getError().getErrorMsg());
            throw new SidebarUnavailableException(advice.messageKey(), advice.actionKey(), advice.args());
        }
    }

    /** The page's address as signed: absolute http(s), without the #fragment (the client signs it without). */
    static String pageAddress(String pageUrl) {
        if (pageUrl == null || pageUrl.isBlank()) throw new InvalidInputException(FieldProblem.of("url", "required"));
        if (pageUrl.length() > MAX_URL_LENGTH) throw new InvalidInputException(FieldProblem.of("url", "too_long", MAX_URL_LENGTH));
        int hash = pageUrl.indexOf('#');
        String url = hash < 0 ? pageUrl : pageUrl.substring(0, hash);
        try {
            URI u = new URI(url);
            if (u.getHost() == null || !List.of("http", "https").contains(u.getScheme())) throw new IllegalArgumentException();
        } catch (Exception e) {
            throw new InvalidInputException(FieldProblem.of("url", "url"));
        }
        return url;
    }
}
