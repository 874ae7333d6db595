package io.qike.sandbox.wecom.api;

import io.qike.sandbox.wecom.core.ApiGuard;
import io.qike.sandbox.wecom.core.Caller;
import io.qike.sandbox.wecom.core.Json;
import io.qike.sandbox.wecom.core.Scope;
import io.qike.sandbox.wecom.core.SimClock;
import io.qike.sandbox.wecom.core.WeComState;
import io.qike.sandbox.wecom.core.WxApiException;
import io.qike.sandbox.wecom.core.WxErrors;
import io.qike.sandbox.wecom.directory.Member;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * message/send and message/recall for the self-built app. Recipients outside the visible range, beyond
 * the purchased seats, disabled or unknown are reported in invaliduser (likewise invalidparty and
 * invalidtag); the send still succeeds for the rest. When nobody is left the answer is 81013.
 */
@RestController("wecomMessageController")
@RequestMapping("/sandbox/wecom/cgi-bin/message")
public class MessageController {
    private final ApiGuard guard;
    private final WeComState state;
    private final SentMessages sent;
    private final SimClock clock;
    private final DirectoryAccess access;
    private final SecureRandom random = new SecureRandom();

    public MessageController(ApiGuard guard, WeComState state, SentMessages sent, SimClock clock, DirectoryAccess access) {
        this.guard = guard;
        this.state = state;
        this.sent = sent;
        this.clock = clock;
        this.access = access;
    }

    @PostMapping("/send")
    public Map<String, Object> send(HttpServletRequest request, @RequestBody(required = false) String raw) {
        Caller caller = guard.require(request, Scope.AGENT);
        JsonNode json = Json.body(raw);
        if (!json.hasNonNull("agentid")) {
            throw new WxApiException(41011);
        }
        if (json.path("agentid").asInt(-1) != caller.app().agentId()) {
            throw new WxApiException(40056);
        }
        String msgtype = json.path("msgtype").asString("");
        MessageBodies.check(msgtype, json);
        List<String> users = split(json.path("touser").asString(""));
        List<String> parties = split(json.path("toparty").asString(""));
        List<String> tags = split(json.path("totag").asString(""));
        if (users.isEmpty() && parties.isEmpty() && tags.isEmpty()) {
            throw new WxApiException(40035);
        }
        if (users.size() > 1000) {
            throw new WxApiException(40032);
        }
        if (parties.size() > 100) {
            throw new WxApiException(82002);
        }
        if (tags.size() > 100) {
            throw new WxApiException(82003);
        }
        Set<String> to = new LinkedHashSet<>();
        List<String> badUsers = new ArrayList<>();
        for (String u : users) {
            if (u.equals("@all")) {
                state.visibleMembers(caller.app()).stream().filter(m -> deliverable(caller, m)).forEach(m -> to.add(m.userid()));
            } else {
                Member m = state.world().directory().member(u);
                if (deliverable(caller, m)) {
                    to.add(m.userid());
                } else {
                    badUsers.add(u);
                }
            }
        }
        List<String> badParties = new ArrayList<>();
        for (String p : parties) {
            try {
                long id = Long.parseLong(p);
                if (!state.visibleDepartmentIds(caller.app()).contains(id)) {
                    throw new NumberFormatException();
                }
                state.world().directory().membersIn(state.world().directory().subtree(id)).stream()
                        .filter(m -> deliverable(caller, m)).forEach(m -> to.add(m.userid()));
            } catch (NumberFormatException e) {
                badParties.add(p);
            }
        }
        // This corp defines no tags, so every tag id is invalid.
        Map<String, Object> invalid = new java.util.LinkedHashMap<>();
        invalid.put("invaliduser", String.join("|", badUsers));
        invalid.put("invalidparty", String.join("|", badParties));
        invalid.put("invalidtag", String.join("|", tags));
        if (to.isEmpty()) {
            invalid.values().removeIf(v -> ((String) v).isEmpty());
            throw new WxApiException(81013, invalid);
        }
        String msgid = id(48);
        Map<String, Object> body = WxErrors.ok();
        body.putAll(invalid);
        body.put("unlicenseduser", "");
        body.put("msgid", msgid);
        if (msgtype.equals("template_card")
                && MessageBodies.INTERACTIVE.contains(json.path("template_card").path("card_type").asString(""))) {
            body.put("response_code", id(32));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> asMap = Json.MAPPER.convertValue(json, Map.class);
        sent.add(new SentMessages.Sent(msgid, caller.app().agentId(), clock.nowMillis(), msgtype, List.copyOf(to),
                (String) invalid.get("invaliduser"), (String) invalid.get("invalidparty"),
                (String) invalid.get("invalidtag"), asMap, false));
        return body;
    }

    @PostMapping("/recall")
    public Map<String, Object> recall(HttpServletRequest request, @RequestBody(required = false) String raw) {
        guard.require(request, Scope.AGENT);
        if (!sent.recall(Json.body(raw).path("msgid").asString(""))) {
            throw new WxApiException(40058);
        }
        return WxErrors.ok();
    }

    private boolean deliverable(Caller caller, Member m) {
        return m != null && m.status() != 2 && access.served(caller, m);
    }

    private static List<String> split(String s) {
        return s.isBlank() ? List.of() : Arrays.stream(s.split("\\|")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }

    private String id(int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }
}
