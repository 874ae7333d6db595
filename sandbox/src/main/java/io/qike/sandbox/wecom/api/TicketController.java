package io.qike.sandbox.wecom.api;

import io.qike.sandbox.wecom.core.ApiGuard;
import io.qike.sandbox.wecom.core.Scope;
import io.qike.sandbox.wecom.core.WxApiException;
import io.qike.sandbox.wecom.core.WxErrors;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** get_jsapi_ticket (wx.config) and ticket/get?type=agent_config (wx.agentConfig), self-built app only. */
@RestController("wecomTicketController")
@RequestMapping("/sandbox/wecom/cgi-bin")
public class TicketController {
    private final ApiGuard guard;
    private final JsapiTickets tickets;

    public TicketController(ApiGuard guard, JsapiTickets tickets) {
        this.guard = guard;
        this.tickets = tickets;
    }

    @GetMapping("/get_jsapi_ticket")
    public Map<String, Object> corpTicket(HttpServletRequest request) {
        guard.require(request, Scope.AGENT);
        return answer(tickets.issue(JsapiTickets.Kind.CORP));
    }

    @GetMapping("/ticket/get")
    public Map<String, Object> agentTicket(HttpServletRequest request) {
        guard.require(request, Scope.AGENT);
        if (!"agent_config".equals(request.getParameter("type"))) {
            throw new WxApiException(40058);
        }
        return answer(tickets.issue(JsapiTickets.Kind.AGENT));
    }

    private Map<String, Object> answer(JsapiTickets.Ticket t) {
        Map<String, Object> body = WxErrors.ok();
        body.put("ticket", t.value());
        body.put("expires_in", tickets.secondsLeft(t));
        return body;
    }
}
