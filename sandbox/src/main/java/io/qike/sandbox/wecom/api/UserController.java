package io.qike.sandbox.wecom.api;

import io.qike.sandbox.wecom.core.ApiGuard;
import io.qike.sandbox.wecom.core.Caller;
import io.qike.sandbox.wecom.core.Json;
import io.qike.sandbox.wecom.core.Scope;
import io.qike.sandbox.wecom.core.WeComState;
import io.qike.sandbox.wecom.core.WxApiException;
import io.qike.sandbox.wecom.core.WxErrors;
import io.qike.sandbox.wecom.directory.Department;
import io.qike.sandbox.wecom.directory.Member;
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
import java.util.Set;

/** user/get, user/list, user/simplelist, user/list_id and user/getuserid. */
@RestController("wecomUserController")
@RequestMapping("/sandbox/wecom/cgi-bin/user")
public class UserController {
    private final ApiGuard guard;
    private final WeComState state;
    private final DirectoryAccess access;

    public UserController(ApiGuard guard, WeComState state, DirectoryAccess access) {
        this.guard = guard;
        this.state = state;
        this.access = access;
    }

    @GetMapping("/get")
    public Map<String, Object> get(HttpServletRequest request) {
        Caller caller = guard.require(request, Scope.DIRECTORY);
        Member m = access.servedMember(caller, request.getParameter("userid"));
        Map<String, Object> body = WxErrors.ok();
        body.putAll(MemberJson.member(m, access.sensitive(caller)));
        return body;
    }

    @GetMapping("/list")
    public Map<String, Object> list(HttpServletRequest request) {
        Caller caller = guard.require(request, Scope.DIRECTORY);
        Map<String, Object> body = WxErrors.ok();
        body.put("userlist", membersOf(caller, request).stream().map(m -> MemberJson.member(m, access.sensitive(caller))).toList());
        return body;
    }

    @GetMapping("/simplelist")
    public Map<String, Object> simpleList(HttpServletRequest request) {
        Caller caller = guard.require(request, Scope.DIRECTORY);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Member m : membersOf(caller, request)) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("userid", m.userid());
            j.put("name", m.name());
            j.put("department", m.departments());
            j.put("open_userid", "");
            out.add(j);
        }
        Map<String, Object> body = WxErrors.ok();
        body.put("userlist", out);
        return body;
    }

    /** Members of department_id (and below it with fetch_child=1) that the app can see. */
    private List<Member> membersOf(Caller caller, HttpServletRequest request) {
        Department d = access.visibleDepartment(caller, request.getParameter("department_id"));
        Set<Long> depts = "1".equals(request.getParameter("fetch_child"))
                ? state.world().directory().subtree(d.id()) : Set.of(d.id());
        List<Member> visible = state.visibleMembers(caller.app());
        return state.world().directory().membersIn(depts).stream().filter(visible::contains).toList();
    }

    /** POST {cursor, limit ≤ 10000}: dept_user pairs of every visible member, with next_cursor. */
    @PostMapping("/list_id")
    public Map<String, Object> listId(HttpServletRequest request, @RequestBody(required = false) String raw) {
        Caller caller = guard.require(request, Scope.DIRECTORY);
        JsonNode json = Json.body(raw);
        int limit = json.path("limit").asInt(10000);
        if (limit < 1 || limit > 10000) {
            throw new WxApiException(40058);
        }
        Set<Long> depts = state.visibleDepartmentIds(caller.app());
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (Member m : state.visibleMembers(caller.app())) {
            for (long dept : m.departments()) {
                if (depts.contains(dept) || caller.app().visibleUsers().contains(m.userid())) {
                    Map<String, Object> j = new LinkedHashMap<>();
                    j.put("userid", m.userid());
                    j.put("department", dept);
                    pairs.add(j);
                }
            }
        }
        String query = "list_id:" + caller.kind();
        int from = Math.min(Cursors.decode(state.seed(), query, json.path("cursor").asString("")), pairs.size());
        int to = Math.min(pairs.size(), from + limit);
        Map<String, Object> body = WxErrors.ok();
        body.put("next_cursor", to < pairs.size() ? Cursors.encode(state.seed(), query, to) : "");
        body.put("dept_user", pairs.subList(from, to));
        return body;
    }

    /** POST {mobile}: the userid of the member with that mobile, if the app can see the member. */
    @PostMapping("/getuserid")
    public Map<String, Object> getUserId(HttpServletRequest request, @RequestBody(required = false) String raw) {
        Caller caller = guard.require(request, Scope.DIRECTORY);
        String mobile = Json.body(raw).path("mobile").asString("");
        if (mobile.isEmpty()) {
            throw new WxApiException(40058);
        }
        if (!mobile.matches("[0-9+\\-]{1,32}")) {
            throw new WxApiException(60103);
        }
        Member m = state.world().directory().memberByMobile(mobile);
        if (!state.visible(caller.app(), m)) {
            throw new WxApiException(46004);
        }
        Map<String, Object> body = WxErrors.ok();
        body.put("userid", m.userid());
        return body;
    }
}
