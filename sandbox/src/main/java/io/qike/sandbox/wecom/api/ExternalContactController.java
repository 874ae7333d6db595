package io.qike.sandbox.wecom.api;

import io.qike.sandbox.wecom.core.ApiGuard;
import io.qike.sandbox.wecom.core.Caller;
import io.qike.sandbox.wecom.core.Json;
import io.qike.sandbox.wecom.core.Scope;
import io.qike.sandbox.wecom.core.WeComState;
import io.qike.sandbox.wecom.core.WxApiException;
import io.qike.sandbox.wecom.core.WxErrors;
import io.qike.sandbox.wecom.directory.Member;
import io.qike.sandbox.wecom.external.ExternalContact;
import io.qike.sandbox.wecom.external.ExternalContacts;
import io.qike.sandbox.wecom.external.FollowInfo;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 客户联系 APIs, callable with the customer-contact secret or by the self-built app once it is among the
 * 可调用应用; the app then sees only relations of members it may serve (visible range and seats).
 */
@RestController("wecomExternalContactController")
@RequestMapping("/sandbox/wecom/cgi-bin/externalcontact")
public class ExternalContactController {
    private final ApiGuard guard;
    private final WeComState state;
    private final DirectoryAccess access;

    public ExternalContactController(ApiGuard guard, WeComState state, DirectoryAccess access) {
        this.guard = guard;
        this.state = state;
        this.access = access;
    }

    @GetMapping("/get_follow_user_list")
    public Map<String, Object> followUsers(HttpServletRequest request) {
        Caller caller = guard.require(request, Scope.EXTERNAL_CONTACT);
        Map<String, Object> body = WxErrors.ok();
        body.put("follow_user", state.world().directory().members().stream()
                .filter(m -> m.customerContact() && access.served(caller, m)).map(Member::userid).toList());
        return body;
    }

    @GetMapping("/list")
    public Map<String, Object> list(HttpServletRequest request) {
        Caller caller = guard.require(request, Scope.EXTERNAL_CONTACT);
        Member m = access.servedMember(caller, request.getParameter("userid"));
        List<FollowInfo> mine = state.world().externals().followedBy(m.userid());
        if (mine.isEmpty()) {
            throw new WxApiException(84061);
        }
        Map<String, Object> body = WxErrors.ok();
        body.put("external_userid", mine.stream().map(FollowInfo::externalUserid).toList());
        return body;
    }

    @GetMapping("/get")
    public Map<String, Object> get(HttpServletRequest request) {
        Caller caller = guard.require(request, Scope.EXTERNAL_CONTACT);
        ExternalContacts ext = state.world().externals();
        ExternalContact c = ext.get(request.getParameter("external_userid"));
        if (c == null) {
            throw new WxApiException(40096);
        }
        Cursors.decode(state.seed(), "get:" + c.externalUserid(), request.getParameter("cursor"));
        List<Map<String, Object>> follow = new ArrayList<>();
        for (FollowInfo f : ext.followersOf(c.externalUserid())) {
            if (access.served(caller, state.world().directory().member(f.userid()))) {
                follow.add(ExternalJson.followUser(f));
            }
        }
        if (follow.isEmpty()) {
            throw new WxApiException(84061);
        }
        Map<String, Object> body = WxErrors.ok();
        body.put("external_contact", ExternalJson.contact(c));
        body.put("follow_user", follow);
        return body;
    }

    /** POST {userid_list ≤ 100, cursor, limit ≤ 100 (default 50)}: the members' customers, paged. */
    @PostMapping("/batch/get_by_user")
    public Map<String, Object> batch(HttpServletRequest request, @RequestBody(required = false) String raw) {
        Caller caller = guard.require(request, Scope.EXTERNAL_CONTACT);
        JsonNode json = Json.body(raw);
        JsonNode ids = json.path("userid_list");
        int limit = json.path("limit").asInt(50);
        if (!ids.isArray() || ids.isEmpty() || ids.size() > 100 || limit < 1 || limit > 100) {
            throw new WxApiException(40058);
        }
        List<String> userids = new ArrayList<>();
        ids.forEach(n -> userids.add(access.servedMember(caller, n.asString("")).userid()));
        List<FollowInfo> all = new ArrayList<>();
        userids.forEach(u -> all.addAll(state.world().externals().followedBy(u)));
        String query = "batch:" + caller.kind() + ":" + String.join(",", userids);
        int from = Math.min(Cursors.decode(state.seed(), query, json.path("cursor").asString("")), all.size());
        int to = Math.min(all.size(), from + limit);
        List<Map<String, Object>> page = new ArrayList<>();
        for (FollowInfo f : all.subList(from, to)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("external_contact", ExternalJson.contact(state.world().externals().get(f.externalUserid())));
            item.put("follow_info", ExternalJson.followInfo(f));
            page.add(item);
        }
        Map<String, Object> body = WxErrors.ok();
        body.put("external_contact_list", page);
        body.put("next_cursor", to < all.size() ? Cursors.encode(state.seed(), query, to) : "");
        return body;
    }
}
